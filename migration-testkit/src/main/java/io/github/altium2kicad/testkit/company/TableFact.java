package io.github.altium2kicad.testkit.company;

/**
 * One {@code [TableN]} of a generated DbLib and what the database has for it.
 *
 * @param dbLib         the DbLib's file name
 * @param table         {@code TableName=} in the DbLib
 * @param databaseTable the table or sheet name in the database, empty if absent
 * @param rows          rows written
 * @param status        {@link Status}
 */
public record TableFact(String dbLib, String table, String databaseTable, int rows, Status status) {

    /** What the database holds for the table. */
    public enum Status {
        /** A table with a header row and rows. */
        PRESENT,
        /** An Excel sheet with no header row (Altium shows the other tables). */
        EMPTY_SHEET,
        /** Named in the DbLib, absent from the database. */
        ABSENT
    }
}
