package io.github.altium2kicad.core.internal.writer;

import io.github.altium2kicad.api.DuplicateKeyPolicy;
import io.github.altium2kicad.api.EmptyKeyPolicy;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.PartIssue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The one definition of the key policies, for both ways rows reach the KiCad database: streamed through Java
 * ({@link KicadSqliteWriter.TableWriter}) and copied inside SQLite ({@link AttachedSqliteSource}). What an empty key
 * is, when two keys are the same, what a generated or renamed key looks like, and every issue and error text come
 * from here, in a Java form and, where SQL needs one, an SQL form derived from the same definition.
 *
 * <ul>
 *   <li>A key is <em>empty</em> if it is NULL or every character is white space by {@link Character#isWhitespace}
 *       (Java's {@link String#isBlank}; this includes the ideographic space U+3000, not the no-break spaces).</li>
 *   <li>Two keys are <em>the same</em> if their texts are equal character for character: case, and white space
 *       around them, count (KiCad looks parts up by the exact text).</li>
 *   <li>Under {@code fail}, the run stops at the first row, in source order, that the policy rejects.</li>
 * </ul>
 *
 * @param duplicates what to do with a row whose key an earlier row has
 * @param empties    what to do with a row whose key is empty
 */
public record KeyPolicy(DuplicateKeyPolicy duplicates, EmptyKeyPolicy empties) {

    /** What a duplicate row under {@code keep-first} is reported as. */
    public static final String KEEP_FIRST_ACTION = "skipped: an earlier row has the same key (duplicate_keys: keep-first)";
    /** What an empty key under {@code skip} is reported as. */
    public static final String SKIP_EMPTY_ACTION = "skipped (empty_keys: skip)";

    /** Every character {@link Character#isWhitespace} accepts (all are in the BMP), as an SQLite {@code char(…)}. */
    private static final String SQL_WHITESPACE = IntStream.rangeClosed(0, Character.MAX_VALUE).filter(Character::isWhitespace)
            .mapToObj(Integer::toString).collect(Collectors.joining(",", "char(", ")"));

    public KeyPolicy {
        if (duplicates == null || empties == null) {
            throw new IllegalArgumentException("both key policies are needed");
        }
    }

    /** The settings' key policies. */
    public static KeyPolicy of(MigrationConfig config) {
        return new KeyPolicy(config.duplicateKeys(), config.emptyKeys());
    }

    /**
     * True if SQL alone can apply the policies: only keeping or failing (no new keys), which a copy into the UNIQUE
     * key index and queries for the left-out rows do. {@code rename} and {@code generate} write keys the source does
     * not have, so those rows are streamed through Java.
     */
    public boolean appliesInSql() {
        return duplicates != DuplicateKeyPolicy.RENAME && empties != EmptyKeyPolicy.GENERATE;
    }

    /** True if a NULL or blank key stops the run. */
    public boolean failsOnEmptyKeys() {
        return empties == EmptyKeyPolicy.FAIL;
    }

    /** True if a repeated key stops the run. */
    public boolean failsOnDuplicateKeys() {
        return duplicates == DuplicateKeyPolicy.FAIL;
    }

    /** True if {@code key} is NULL or white space only. */
    public static boolean isEmpty(String key) {
        return key == null || key.isBlank();
    }

    /** The SQL condition that {@code expression} is a key that is not {@linkplain #isEmpty empty}. */
    public static String sqlNonEmpty(String expression) {
        return "(" + expression + " IS NOT NULL AND trim(" + expression + ", " + SQL_WHITESPACE + ") <> '')";
    }

    /**
     * The SQL form of a key as the output's UNIQUE key index compares it: as TEXT (the output columns are TEXT, so a
     * number 100 and a text '100' are the same key), character for character (whatever collation the source column
     * declares).
     */
    public static String sqlIdentity(String expression) {
        return "CAST(" + expression + " AS TEXT) COLLATE BINARY";
    }

    /** The key {@code generate} gives the empty-keyed row {@code rowNumber} (1-based) of output table {@code table}. */
    public static String generatedKey(String table, long rowNumber) {
        return table + "-row-" + rowNumber;
    }

    /** The key {@code rename} tries for the {@code n}th ({@code n >= 2}) row with {@code key}. */
    public static String renamedKey(String key, int n) {
        return key + "~" + n;
    }

    /** The issue of an empty-keyed row left out under {@code skip}. */
    public static PartIssue skippedEmptyKey(String table, long rowNumber, String key) {
        return new PartIssue(table, rowNumber, key, PartIssue.Kind.EMPTY_KEY, SKIP_EMPTY_ACTION);
    }

    /** The issue of an empty-keyed row written under {@code generate}. */
    public static PartIssue generatedEmptyKey(String table, long rowNumber, String key, String generated) {
        return new PartIssue(table, rowNumber, key, PartIssue.Kind.EMPTY_KEY,
                "written with generated key '" + generated + "' (empty_keys: generate)");
    }

    /** The issue of a repeated key's row left out under {@code keep-first}. */
    public static PartIssue keptFirst(String table, long rowNumber, String key) {
        return new PartIssue(table, rowNumber, key, PartIssue.Kind.DUPLICATE_KEY, KEEP_FIRST_ACTION);
    }

    /** The issue of a repeated key's row written under {@code rename}. */
    public static PartIssue renamedDuplicate(String table, long rowNumber, String key, String renamed) {
        return new PartIssue(table, rowNumber, key, PartIssue.Kind.DUPLICATE_KEY,
                "written with key '" + renamed + "' (duplicate_keys: rename)");
    }

    /** The error that stops a run under {@code empty_keys: fail}. */
    public static MigrationException emptyKeyFailure(String table, long rowNumber, String keyColumn) {
        return MigrationException.badInput("Table '" + table + "', row " + rowNumber + ": the key column '" + keyColumn
                + "' is empty. Fill it in, or set empty_keys to skip or generate.");
    }

    /** The error that stops a run under {@code duplicate_keys: fail}. */
    public static MigrationException duplicateKeyFailure(String table, long rowNumber, String key, String keyColumn) {
        return MigrationException.badInput("Table '" + table + "', row " + rowNumber + ": key '" + key + "' in column '"
                + keyColumn + "' was already used by an earlier row. KiCad needs unique keys: fix the data, or set "
                + "duplicate_keys to keep-first or rename.");
    }
}
