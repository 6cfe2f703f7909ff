package io.github.altium2kicad.api;

/**
 * A table the DbLib names that was not migrated, as Altium shows the library without it.
 *
 * @param table  the table name as the DbLib writes it
 * @param reason why (the database has no such table, the sheet has no header row, …) and what to do
 */
public record SkippedTable(String table, String reason) {
}
