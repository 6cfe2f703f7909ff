package io.github.altium2kicad.examples.sample;

/**
 * A row whose {@code Part Number} breaks the key policy on purpose.
 *
 * @param kind  duplicate or blank
 * @param table the table of the row
 * @param row   the 1-based row number (the SQLite {@code rowid})
 * @param key   the key as stored: the duplicated value, or {@code null}, {@code ""} or blanks
 * @param note  what the row is and how it differs from its twin
 */
public record KeyDefect(Kind kind, String table, int row, String key, String note) {

    /** What is wrong with the key. */
    public enum Kind {
        /** The key also occurs in another row of the same or of another table. */
        DUPLICATE,
        /** The key is NULL, empty or only blanks. */
        BLANK
    }
}
