package io.github.altium2kicad.api;

/** How parts are mapped onto KiCad symbols and footprints. */
public enum MappingMode {
    /** Keep every part's Altium symbol and footprint, referenced through Altium library rows in the lib tables. */
    PRESERVE("preserve"),
    /** Use KiCad's standard libraries where a rule is confident, keep the Altium references everywhere else. */
    STANDARD("standard"),
    /** Use KiCad's standard libraries only; parts without a confident mapping are listed as errors. */
    STANDARD_ONLY("standard-only");

    private final String configName;

    MappingMode(String configName) {
        this.configName = configName;
    }

    /** The name used in YAML and on the command line. */
    public String configName() {
        return configName;
    }

    /** Parses {@code preserve}, {@code standard}, {@code standard-only} (case-insensitive, {@code _} for {@code -}). */
    public static MappingMode fromConfigName(String name) {
        return ConfigNames.parse(MappingMode.class, values(), MappingMode::configName, name);
    }
}
