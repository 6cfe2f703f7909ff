package io.github.altium2kicad.api;

import java.util.List;

/**
 * What an incremental migration changed in one table of the previous output.
 *
 * @param table       the table
 * @param added       parts whose key is new
 * @param changed     parts whose key existed but whose content (any column, symbol or footprints) differs
 * @param deleted     parts whose key is gone from the source
 * @param unchanged   parts left as they were
 * @param rebuilt     true if the table was replaced whole (new table, or its columns changed)
 * @param sampleKeys  up to {@value #SAMPLE_KEYS} keys of each kind, prefixed {@code +}, {@code ~} or {@code -}
 */
public record TableChanges(String table, long added, long changed, long deleted, long unchanged, boolean rebuilt,
                           List<String> sampleKeys) {

    /** How many keys of each kind are listed. */
    public static final int SAMPLE_KEYS = 100;

    public TableChanges {
        sampleKeys = List.copyOf(sampleKeys);
    }

    /** True if anything changed. */
    public boolean any() {
        return added + changed + deleted > 0 || rebuilt;
    }
}
