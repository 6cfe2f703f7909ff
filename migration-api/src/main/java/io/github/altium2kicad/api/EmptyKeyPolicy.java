package io.github.altium2kicad.api;

/**
 * What to do with a row whose key is NULL or blank. KiCad cannot look such a part up; every such row is
 * listed in the migration summary (table, row) whatever the policy.
 */
public enum EmptyKeyPolicy {
    /** Leave the row out and report it; the default. */
    SKIP("skip"),
    /** Give the row the key {@code <table>-row-<n>} (n = its 1-based row number in the source) and report it. */
    GENERATE("generate"),
    /** Stop with a bad-input error naming the table and row. */
    FAIL("fail");

    private final String configName;

    EmptyKeyPolicy(String configName) {
        this.configName = configName;
    }

    /** The name used in YAML and on the command line. */
    public String configName() {
        return configName;
    }

    /** Parses {@code skip}, {@code generate}, {@code fail}. */
    public static EmptyKeyPolicy fromConfigName(String name) {
        return ConfigNames.parse(EmptyKeyPolicy.class, values(), EmptyKeyPolicy::configName, name);
    }
}
