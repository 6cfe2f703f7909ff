package io.github.altium2kicad.api;

/** How the generated {@code sym-lib-table}/{@code fp-lib-table} point at the Altium library files. */
public enum LibraryUriStyle {
    /** Absolute paths: the tables work from any KiCad project on this machine; the default. */
    ABSOLUTE("absolute"),
    /**
     * {@code ${KIPRJMOD}}-relative paths computed from the output folder: for when the output folder is (or is
     * copied into) the KiCad project folder together with the Altium libraries.
     */
    KIPRJMOD("kiprjmod");

    private final String configName;

    LibraryUriStyle(String configName) {
        this.configName = configName;
    }

    /** The name used in YAML and on the command line. */
    public String configName() {
        return configName;
    }

    /** Parses {@code absolute} or {@code kiprjmod}. */
    public static LibraryUriStyle fromConfigName(String name) {
        return ConfigNames.parse(LibraryUriStyle.class, values(), LibraryUriStyle::configName, name);
    }
}
