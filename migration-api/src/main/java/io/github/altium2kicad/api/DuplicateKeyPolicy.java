package io.github.altium2kicad.api;

/**
 * What to do with a row whose key already appeared in the same table. KiCad needs unique keys; every
 * duplicate is listed in the migration summary (table, row, key, and the row that kept the key) whatever the policy.
 */
public enum DuplicateKeyPolicy {
    /** Keep the first row with the key (as Altium's key lookup does) and report the later ones; the default. */
    KEEP_FIRST("keep-first"),
    /** Keep every row: later duplicates get the key {@code <key>~2}, {@code <key>~3}, … and are reported. */
    RENAME("rename"),
    /** Stop with a bad-input error naming the table, rows and key. */
    FAIL("fail");

    private final String configName;

    DuplicateKeyPolicy(String configName) {
        this.configName = configName;
    }

    /** The name used in YAML and on the command line. */
    public String configName() {
        return configName;
    }

    /** Parses {@code keep-first}, {@code rename}, {@code fail}. */
    public static DuplicateKeyPolicy fromConfigName(String name) {
        return ConfigNames.parse(DuplicateKeyPolicy.class, values(), DuplicateKeyPolicy::configName, name);
    }
}
