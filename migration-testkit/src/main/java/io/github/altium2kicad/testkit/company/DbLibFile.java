package io.github.altium2kicad.testkit.company;

import io.github.altium2kicad.testkit.DbLibText;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of a company {@code .DbLib}, written by {@link DbLibText} the way Altium Designer does (sections in
 * Altium's order, CRLF, no BOM, the text in the ANSI code page of the machine that saved it), with the quirks real
 * files have: some sections repeated word for word, field maps whose table name carries a schema, and {@code Comment}
 * mapped like any other column.
 *
 * @param connectionString {@code ConnectionString=}
 * @param databaseType     {@code LibraryDatabaseType=} ({@code Microsoft Excel}, or empty for ODBC)
 * @param databasePath     {@code LibraryDatabasePath=}, relative to the DbLib
 * @param searchPath       {@code LibrarySearchPath=}
 * @param charset          the code page the file is written in
 * @param repeated         names of sections written twice, identically ({@code FieldMap19})
 */
record DbLibFile(String connectionString, String databaseType, String databasePath, String searchPath,
                 Charset charset, Set<String> repeated) {

    /** Writes {@code tables} to {@code file} with {@link DbLibText}; fails if a character has no byte in the code page. */
    void write(List<CompanyTable> tables, Path file) {
        DbLibText dbLib = DbLibText.linking(connectionString)
                .link("LibraryDatabaseType", databaseType)
                .databasePath(databasePath, true)
                .librarySearchPath(searchPath)
                .link("SearchSubDirectories", "1")
                .link("LastFocusedTable", tables.get(0).dbLibName())
                .repeating(repeated);
        for (CompanyTable table : tables) {
            List<DbLibText.FieldMap> fieldMaps = table.columns().stream().map(column -> new DbLibText.FieldMap(column,
                    DbLibText.mappedParameterName(column), column.equals(CompanyColumns.PART_NUMBER),
                    CompanyColumns.VISIBLE.contains(column))).toList();
            dbLib = dbLib.table(new DbLibText.Table(table.dbLibName(), true,
                    table == tables.get(0) ? "[Part Number] = '{Part Number}'" : "", Map.of(), table.fieldMapName(),
                    fieldMaps));
        }
        dbLib.writeTo(file, charset);
    }
}
