package io.github.altium2kicad.core.internal.source.sqlite;

/**
 * Quotes table and column names for SQL, so that any name Altium allows (spaces, dashes, commas, quotes,
 * brackets, unicode) is safe: the name is wrapped in double quotes and embedded double quotes are doubled,
 * as the SQL standard and SQLite define it.
 */
public final class SqlIdentifier {

    private SqlIdentifier() {
    }

    /** {@code Part "A"} → {@code "Part ""A"""}. */
    public static String quote(String name) {
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an SQL identifier cannot contain a NUL character");
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
