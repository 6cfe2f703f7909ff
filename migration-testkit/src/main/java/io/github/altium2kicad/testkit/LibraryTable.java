package io.github.altium2kicad.testkit;

import java.util.List;

/**
 * One table of a test library given row by row: its columns (all TEXT in the database), its rows and the key column
 * the DbLib's field maps mark.
 *
 * @param name      the table's name, in the database and in the DbLib
 * @param enabled   {@code Enabled=} in the DbLib
 * @param columns   the column names, in order
 * @param rows      the rows, one value per column ({@code null} for NULL)
 * @param keyColumn the key ({@code FieldType=0}) column
 */
public record LibraryTable(String name, boolean enabled, List<String> columns, List<String[]> rows, String keyColumn) {

    public LibraryTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (String[] row : rows) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("table '" + name + "': a row has " + row.length + " values for "
                        + columns.size() + " columns");
            }
        }
    }
}
