package io.github.altium2kicad.examples.sample;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code Sample.DbLib} exactly as Altium Designer writes a database library: the same sections in the same
 * order, CRLF line ends, Windows-1252 bytes. The connection string names a Windows path that does not exist on the
 * reader's machine; the database is found through {@code LibraryDatabasePath} + {@code DatabasePathRelative=1}.
 */
final class DbLibWriter {

    /** Where the sample database lived on its author's Windows machine. */
    static final String CONNECTION_STRING = "Provider=MSDASQL.1;Persist Security Info=False;Extended Properties=\""
            + "Driver={SQLite3 ODBC Driver};Database=C:\\Altium\\Sample\\Sample.sqlite;StepAPI=0;SyncPragma=NORMAL;"
            + "NoTXN=0;Timeout=100000;ShortNames=0;LongNames=0;NoCreat=0;NoWCHAR=0;FKSupport=0;JournalMode=;OEMCP=0;"
            + "LoadExt=;BigInt=0;JDConv=0;\"";

    static final String USER_WHERE_TEXT = "[Part Number] = '{Part Number}'";

    private static final String CRLF = "\r\n";
    private static final String UI_MODES = "|AddMode=0|RemoveMode=0|UpdateMode=0";

    private DbLibWriter() {
    }

    static void write(List<SampleTable> tables, String databaseFileName, String lastFocusedTable, Path file)
            throws IOException {
        String text = text(tables, databaseFileName, lastFocusedTable);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7e && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                throw new IllegalStateException("DbLib text must stay ASCII, found '" + text.charAt(i) + "'");
            }
        }
        Files.write(file, text.getBytes(Charset.forName("windows-1252")));
    }

    static String text(List<SampleTable> tables, String databaseFileName, String lastFocusedTable) {
        List<String> lines = new ArrayList<>();
        lines.add("[OutputDatabaseLinkFile]");
        lines.add("Version=1.1");
        lines.add("[DatabaseLinks]");
        lines.add("ConnectionString=" + CONNECTION_STRING);
        lines.add("AddMode=3");
        lines.add("RemoveMode=1");
        lines.add("UpdateMode=2");
        lines.add("ViewMode=0");
        lines.add("LeftQuote=[");
        lines.add("RightQuote=]");
        lines.add("QuoteTableNames=1");
        lines.add("UseTableSchemaName=0");
        lines.add("DefaultColumnType=VARCHAR(255)");
        lines.add("LibraryDatabaseType=");
        lines.add("LibraryDatabasePath=" + databaseFileName);
        lines.add("DatabasePathRelative=1");
        lines.add("TopPanelCollapsed=0");
        lines.add("LibrarySearchPath=Symbols;Footprints");
        lines.add("OrcadMultiValueDelimiter=,");
        lines.add("SearchSubDirectories=1");
        lines.add("SchemaName=");
        lines.add("LastFocusedTable=" + lastFocusedTable);
        int n = 1;
        for (SampleTable table : tables) {
            lines.add("[Table" + n++ + "]");
            lines.add("SchemaName=");
            lines.add("TableName=" + table.name());
            lines.add("Enabled=" + (table.enabled() ? "True" : "False"));
            lines.add("UserWhere=0");
            lines.add("UserWhereText=" + table.userWhereText());
            if (table.name().equals(lastFocusedTable)) {
                lines.add("BrowserOrder_Sorting=");
                lines.add("BrowserOrder_Grouping=");
                lines.add("BrowserOrder_Visible=" + browserColumns(table));
            }
        }
        int m = 1;
        for (SampleTable table : tables) {
            for (String[] mapping : fieldMappings(table)) {
                lines.add("[FieldMap" + m++ + "]");
                lines.add("Options=FieldName=" + table.name() + "." + mapping[0] + "|TableNameOnly=" + table.name()
                        + "|FieldNameOnly=" + mapping[0] + "|FieldType=" + mapping[1] + "|ParameterName=" + mapping[2]
                        + "|VisibleOnAdd=" + mapping[3] + UI_MODES);
            }
        }
        return String.join(CRLF, lines) + CRLF;
    }

    /** Column, FieldType, ParameterName, VisibleOnAdd for each mapped column of a table. */
    private static List<String[]> fieldMappings(SampleTable table) {
        List<String[]> mappings = new ArrayList<>();
        mappings.add(new String[] {SampleColumns.PART_NUMBER, "0", "Part Number", "False"});
        List<String> system = new ArrayList<>(List.of(SampleColumns.LIBRARY_REF, SampleColumns.LIBRARY_PATH,
                SampleColumns.FOOTPRINT_REF, SampleColumns.FOOTPRINT_PATH));
        if (table.hasAlternateFootprints()) {
            system.add(SampleColumns.FOOTPRINT_REF_2);
            system.add(SampleColumns.FOOTPRINT_PATH_2);
        }
        system.add(SampleColumns.DESCRIPTION);
        for (String column : system) {
            mappings.add(new String[] {column, "1", "[" + column + "]", "False"});
        }
        mappings.add(new String[] {SampleColumns.VALUE, "1", "Value", "True"});
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
