package io.github.altium2kicad.testkit.company;

import java.util.List;

/**
 * One table (or Excel sheet) of a company library and its {@code [TableN]} entry.
 *
 * @param databaseName the table or sheet name in the database ({@code null} when the DbLib names a table the
 *                     database does not have)
 * @param dbLibName    {@code TableName=} in the DbLib (Excel: the sheet name with {@code $}, quoted if it has spaces)
 * @param fieldMapName the table name the {@code [FieldMapN]} sections use (may carry a schema: {@code altium.X})
 * @param columns      the columns; empty for an Excel sheet with no header row
 * @param parts        the rows
 */
record CompanyTable(String databaseName, String dbLibName, String fieldMapName, List<String> columns,
                    List<CompanyPart> parts) {

    CompanyTable {
        columns = List.copyOf(columns);
        parts = List.copyOf(parts);
    }

    boolean absentFromDatabase() {
        return databaseName == null;
    }
}
