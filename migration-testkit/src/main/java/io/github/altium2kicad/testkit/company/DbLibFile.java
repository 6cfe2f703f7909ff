package io.github.altium2kicad.testkit.company;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@code .DbLib} the way Altium Designer does (sections in Altium's order, CRLF, no BOM, the text in the
 * ANSI code page of the machine that saved it), with the quirks real files have: some sections repeated word for
 * word, field maps whose table name carries a schema, and {@code Comment} mapped like any other column.
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

    /** Writes {@code tables} to {@code file}; fails if a character has no byte in the code page. */
    void write(List<CompanyTable> tables, Path file) throws IOException {
        List<Map.Entry<String, Map<String, String>>> sections = new ArrayList<>();
        sections.add(section("OutputDatabaseLinkFile", Map.of("Version", "1.1")));
        Map<String, String> links = new LinkedHashMap<>();
        links.put("ConnectionString", connectionString);
        links.put("AddMode", "3");
        links.put("RemoveMode", "1");
        links.put("UpdateMode", "2");
        links.put("ViewMode", "0");
        links.put("LeftQuote", "[");
        links.put("RightQuote", "]");
        links.put("QuoteTableNames", "1");
        links.put("UseTableSchemaName", "0");
        links.put("DefaultColumnType", "VARCHAR(255)");
        links.put("LibraryDatabaseType", databaseType);
        links.put("LibraryDatabasePath", databasePath);
        links.put("DatabasePathRelative", "1");
        links.put("TopPanelCollapsed", "0");
        links.put("LibrarySearchPath", searchPath);
        links.put("OrcadMultiValueDelimiter", ",");
        links.put("SearchSubDirectories", "1");
        links.put("SchemaName", "");
        links.put("LastFocusedTable", tables.get(0).dbLibName());
        sections.add(section("DatabaseLinks", links));
        int n = 1;
        for (CompanyTable table : tables) {
            Map<String, String> t = new LinkedHashMap<>();
            t.put("SchemaName", "");
            t.put("TableName", table.dbLibName());
            t.put("Enabled", "True");
            t.put("UserWhere", "0");
            t.put("UserWhereText", n == 1 ? "[Part Number] = '{Part Number}'" : "");
            sections.add(section("Table" + n++, t));
        }
        int f = 1;
        for (CompanyTable table : tables) {
            for (String column : table.columns()) {
                String options = "FieldName=" + table.fieldMapName() + "." + column
                        + "|TableNameOnly=" + table.fieldMapName() + "|FieldNameOnly=" + column
                        + "|FieldType=" + (column.equals(CompanyColumns.PART_NUMBER) ? "0" : "1")
                        + "|ParameterName=" + parameterName(column)
                        + "|VisibleOnAdd=" + (CompanyColumns.VISIBLE.contains(column) ? "True" : "False")
                        + "|AddMode=0|RemoveMode=0|UpdateMode=0";
                sections.add(section("FieldMap" + f++, Map.of("Options", options)));
            }
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Map<String, String>> s : sections) {
            int times = repeated.contains(s.getKey()) ? 2 : 1;
            for (int i = 0; i < times; i++) {
                text.append('[').append(s.getKey()).append("]\r\n");
                s.getValue().forEach((k, v) -> text.append(k).append('=').append(v).append("\r\n"));
            }
        }
        CharsetEncoder encoder = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, bytes(encoder, text));
    }

    private static byte[] bytes(CharsetEncoder encoder, CharSequence text) throws IOException {
        java.nio.ByteBuffer buffer = encoder.reset().encode(java.nio.CharBuffer.wrap(text));
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    private static String parameterName(String column) {
        return switch (column) {
            case CompanyColumns.LIBRARY_REF, CompanyColumns.LIBRARY_PATH, CompanyColumns.FOOTPRINT_REF,
                 CompanyColumns.FOOTPRINT_PATH, CompanyColumns.FOOTPRINT_REF_2, CompanyColumns.FOOTPRINT_PATH_2,
                 CompanyColumns.DESCRIPTION -> "[" + column + "]";
            default -> column;
        };
    }

    private static Map.Entry<String, Map<String, String>> section(String name, Map<String, String> values) {
        return Map.entry(name, values);
    }
}
