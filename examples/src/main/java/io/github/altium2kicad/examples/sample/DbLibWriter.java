package io.github.altium2kicad.examples.sample;

import io.github.altium2kicad.testkit.DbLibText;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code Sample.DbLib} exactly as Altium Designer writes a database library (through the test kit's
 * {@link DbLibText}): the same sections in the same order, CRLF line ends, Windows-1252 bytes. The connection string names a Windows path that does not exist on the
 * reader's machine; the database is found through {@code LibraryDatabasePath} + {@code DatabasePathRelative=1}.
 */
final class DbLibWriter {

    /** Where the sample database lived on its author's Windows machine. */
    static final String CONNECTION_STRING = "Provider=MSDASQL.1;Persist Security Info=False;Extended Properties=\""
            + "Driver={SQLite3 ODBC Driver};Database=C:\\Altium\\Sample\\Sample.sqlite;StepAPI=0;SyncPragma=NORMAL;"
            + "NoTXN=0;Timeout=100000;ShortNames=0;LongNames=0;NoCreat=0;NoWCHAR=0;FKSupport=0;JournalMode=;OEMCP=0;"
            + "LoadExt=;BigInt=0;JDConv=0;\"";

    static final String USER_WHERE_TEXT = "[Part Number] = '{Part Number}'";

    private DbLibWriter() {
    }

    static void write(List<SampleTable> tables, String databaseFileName, String lastFocusedTable, Path file)
            throws IOException {
        DbLibText dbLib = dbLib(tables, databaseFileName, lastFocusedTable);
        String text = dbLib.text();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7e && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                throw new IllegalStateException("DbLib text must stay ASCII, found '" + text.charAt(i) + "'");
            }
        }
        dbLib.writeTo(file, Charset.forName("windows-1252"));
    }

    /** The sample's DbLib, as the test kit's {@link DbLibText} writes it. */
    static DbLibText dbLib(List<SampleTable> tables, String databaseFileName, String lastFocusedTable) {
        DbLibText dbLib = DbLibText.linking(CONNECTION_STRING).databasePath(databaseFileName, true)
                .librarySearchPath("Symbols;Footprints").link("SearchSubDirectories", "1")
                .link("LastFocusedTable", lastFocusedTable);
        for (SampleTable table : tables) {
            Map<String, String> browser = new LinkedHashMap<>();
            if (table.name().equals(lastFocusedTable)) {
                browser.put("BrowserOrder_Sorting", "");
                browser.put("BrowserOrder_Grouping", "");
                browser.put("BrowserOrder_Visible", browserColumns(table));
            }
            dbLib = dbLib.table(new DbLibText.Table(table.name(), table.enabled(), table.userWhereText(), browser,
                    table.name(), fieldMappings(table)));
        }
        return dbLib;
    }

    /** The field maps of a table: the key, the references (the alternate footprint's if it has one), Description, Value. */
    private static List<DbLibText.FieldMap> fieldMappings(SampleTable table) {
        List<DbLibText.FieldMap> mappings = new ArrayList<>();
        mappings.add(new DbLibText.FieldMap(SampleColumns.PART_NUMBER, "Part Number", true, false));
        List<String> system = new ArrayList<>(List.of(SampleColumns.LIBRARY_REF, SampleColumns.LIBRARY_PATH,
                SampleColumns.FOOTPRINT_REF, SampleColumns.FOOTPRINT_PATH));
        if (table.hasAlternateFootprints()) {
            system.add(SampleColumns.FOOTPRINT_REF_2);
            system.add(SampleColumns.FOOTPRINT_PATH_2);
        }
        system.add(SampleColumns.DESCRIPTION);
        for (String column : system) {
            mappings.add(new DbLibText.FieldMap(column, "[" + column + "]", false, false));
        }
        mappings.add(new DbLibText.FieldMap(SampleColumns.VALUE, "Value", false, true));
        return mappings;
    }

    /** Altium's remembered browser column widths: {@code Part Number0=87|Library Ref0=77|...}. */
    private static String browserColumns(SampleTable table) {
        List<String> entries = new ArrayList<>();
        for (String column : table.columns()) {
            entries.add(column + "0=" + (60 + 7 * column.length()));
        }
        return String.join("|", entries);
    }
}
