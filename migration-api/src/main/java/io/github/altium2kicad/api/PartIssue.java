package io.github.altium2kicad.api;

/**
 * Something about one source row that the user should know: a duplicate or empty key, a reference that
 * could not be resolved, or a mapping rule that failed on it.
 *
 * @param table   the Altium table
 * @param row     the 1-based row number in the source's reading order; for {@link Kind#KEY_RENAMED}, the part's position
 *                among the written parts of its table (the same unless an earlier row was left out)
 * @param key     the part's key as found in the source ({@code null} if empty)
 * @param kind    what the issue is
 * @param action  what the migration did about it, e.g. {@code skipped (keep-first; kept row 12)}
 */
public record PartIssue(String table, long row, String key, Kind kind, String action) {

    /** The kinds of issue. */
    public enum Kind {
        /** The key appeared earlier in the same table. */
        DUPLICATE_KEY,
        /** The key is NULL or blank. */
        EMPTY_KEY,
        /**
         * The key holds a character KiCad cannot use in a key ({@code : \ < > "}, tab, line break); the part is written
         * with a safe key (the action says which), its key as Altium has it stays in its own column.
         */
        KEY_RENAMED,
        /** The part has no usable symbol reference. */
        UNRESOLVED_SYMBOL,
        /** The part has no usable footprint reference. */
        UNRESOLVED_FOOTPRINT,
        /**
         * A mapping rule threw on the part; a later rule decided it. The action names the rule, the cause and the
         * rule that decided. Such parts count against {@code max_part_errors}.
         */
        RULE_ERROR
    }
}
