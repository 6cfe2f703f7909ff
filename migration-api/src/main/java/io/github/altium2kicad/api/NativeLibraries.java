package io.github.altium2kicad.api;

/**
 * Whether the Altium {@code .SchLib}/{@code .PcbLib} files the written parts use are converted into native KiCad
 * libraries ({@code native_libraries}).
 */
public enum NativeLibraries {
    /** The parts keep their Altium libraries, which KiCad reads through its Altium plugins; the default. */
    OFF("off"),
    /**
     * Each used {@code .SchLib} becomes {@code symbols/<nickname>.kicad_sym} and each used {@code .PcbLib}
     * {@code footprints/<nickname>.pretty}, converted by KiCad 9's own importer ({@code kicad-cli sym upgrade},
     * {@code kicad-cli fp upgrade}); the database and the lib tables then point at them.
     */
    KICAD_CLI("kicad-cli");

    private final String configName;

    NativeLibraries(String configName) {
        this.configName = configName;
    }

    /** The name used in YAML and on the command line. */
    public String configName() {
        return configName;
    }

    /** Parses {@code off} or {@code kicad-cli}. */
    public static NativeLibraries fromConfigName(String name) {
        return ConfigNames.parse(NativeLibraries.class, values(), NativeLibraries::configName, name);
    }
}
