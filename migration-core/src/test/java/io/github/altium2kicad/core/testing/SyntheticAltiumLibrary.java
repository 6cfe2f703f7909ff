package io.github.altium2kicad.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds a small Altium database library in a folder, the way Altium writes one: a CRLF DbLib whose connection
 * string is MSDASQL + the SQLite3 ODBC driver pointing at a Windows path that does not exist here (so the tool
 * must find the database via LibraryDatabasePath), and the SQLite database behind it.
 */
public final class SyntheticAltiumLibrary {

    /** The secret planted in the connection string; it must never appear in any output or log. */
    public static final String SECRET = "s3cr3t-Pa55word";

    /** A table to create. */
    public record Table(String name, boolean enabled, List<String> columns, List<String[]> rows, String keyColumn) {
    }

    private final List<Table> tables = new ArrayList<>();
    private String connectionString = "Provider=MSDASQL.1;Persist Security Info=False;Extended Properties=\"Driver={SQLite3 ODBC Driver};"
            + "Database=C:\\Altium\\Library\\Parts.sqlite;PWD=" + SECRET + ";StepAPI=0;\"";
    private String librarySearchPath = "";

    public SyntheticAltiumLibrary table(Table table) {
        tables.add(table);
        return this;
    }

    public SyntheticAltiumLibrary connectionString(String value) {
        this.connectionString = value;
        return this;
    }

    public SyntheticAltiumLibrary librarySearchPath(String value) {
        this.librarySearchPath = value;
        return this;
    }

    /** The standard test library: resistors (with duplicates and blank keys), capacitors with awkward names, a disabled table. */
    public static SyntheticAltiumLibrary standard() {
        List<String> resistorColumns = List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path",
                "Footprint Ref 2", "Footprint Path 2", "Description", "Comment", "Value", "Manufacturer",
                "Manufacturer Part Number", "Package / Case", "ComponentLink1URL", "Tolerance");
        List<String[]> resistors = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            String size = i % 3 == 0 ? "0805" : "0603";
            resistors.add(new String[] {"RES-" + i, "Resistor", "Symbols\\Passives.SchLib", "RESC" + (size.equals("0603") ? "1608X55N" : "2012X70N"),
                    "Footprints\\Chip_Resistor.PcbLib", i % 10 == 0 ? "R" + size + "_HS" : null, i % 10 == 0 ? "Footprints\\Chip_Resistor_HS.PcbLib" : null,
                    "Resistor " + i + "k " + size + " ±1% 100 mW", "=Value", i + "k", "Yageo", "RC" + size + "FR-07" + i + "KL",
                    size + " (" + (size.equals("0603") ? "1608" : "2012") + " Metric)", "https://example.com/ds/r" + i + ".pdf", "±1%"});
        }
        resistors.add(new String[] {"RES-5", "Resistor", "Symbols\\Passives.SchLib", "RESC1608X55N", "Footprints\\Chip_Resistor.PcbLib",
                null, null, "duplicate of RES-5", "=Value", "5k", "Yageo", "dup", "0603 (1608 Metric)", null, "5%"});
        resistors.add(new String[] {"", "Resistor", "Symbols\\Passives.SchLib", "RESC1608X55N", "Footprints\\Chip_Resistor.PcbLib",
                null, null, "blank key", "=Value", "1k", "Yageo", "blank", "0603 (1608 Metric)", null, "5%"});
        resistors.add(new String[] {null, "Resistor", "Symbols\\Passives.SchLib", "RESC1608X55N", "Footprints\\Chip_Resistor.PcbLib",
                null, null, "null key", "=Value", "2k", "Yageo", "null", "0603 (1608 Metric)", null, "5%"});
        resistors.add(new String[] {"RES-NOPATH", "Resistor", null, "RESC1608X55N", null,
                null, null, "no library paths", "=Value", "3k", "Yageo", "nopath", "0603 (1608 Metric)", null, "5%"});

        List<String> capColumns = List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path",
                "Description", "Value", "Température \"max\"", "Voltage - Rated, DC", "Datasheet");
        List<String[]> caps = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            caps.add(new String[] {"CAP-" + String.format("%04d", i), "CAP", "C:\\Altium\\Library\\Symbols\\passives.schlib",
                    "C0402", "Footprints\\Chip_Capacitor.PcbLib", "Capacitor " + i + "nF 50V X7R 0402", i + "nF",
                    "125 °C", "50V", "https://example.com/c" + i});
        }
        List<String[]> obsolete = new ArrayList<>();
        obsolete.add(new String[] {"OLD-1", "OldSym", "Old.SchLib", "OLDFP", "Old.PcbLib"});
        return new SyntheticAltiumLibrary()
                .table(new Table("Resistors", true, resistorColumns, resistors, "Part Number"))
                .table(new Table("Caps, \"Ceramic\" - 100% [X7R]", true, capColumns, caps, "Part Number"))
                .table(new Table("Obsolete", false, List.of("Part Number", "Library Ref", "Library Path", "Footprint Ref", "Footprint Path"),
                        obsolete, "Part Number"));
    }

    /** Rows that the standard library's tables hold, by table. */
    public Map<String, Integer> rowCounts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        tables.forEach(t -> out.put(t.name(), t.rows().size()));
        return out;
    }

    public List<Table> tables() {
        return tables;
    }

    /** Writes {@code Parts.DbLib} and {@code Parts.sqlite} into {@code folder}; returns the DbLib. */
    public Path writeTo(Path folder) throws IOException, SQLException {
        Files.createDirectories(folder);
        Path db = folder.resolve("Parts.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            for (Table t : tables) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE " + q(t.name()) + " (" + t.columns().stream().map(col -> q(col) + " TEXT")
                            .collect(Collectors.joining(", ")) + ")");
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + q(t.name()) + " VALUES ("
                        + t.columns().stream().map(x -> "?").collect(Collectors.joining(",")) + ")")) {
                    for (String[] row : t.rows()) {
                        for (int i = 0; i < row.length; i++) {
                            ps.setString(i + 1, row[i]);
                        }
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            c.commit();
        }
        StringBuilder dbLib = new StringBuilder();
        line(dbLib, "[OutputDatabaseLinkFile]");
        line(dbLib, "Version=1.1");
        line(dbLib, "[DatabaseLinks]");
        line(dbLib, "ConnectionString=" + connectionString);
        for (String s : List.of("AddMode=3", "RemoveMode=1", "UpdateMode=2", "ViewMode=0", "LeftQuote=[", "RightQuote=]",
                "QuoteTableNames=1", "UseTableSchemaName=0", "DefaultColumnType=VARCHAR(255)", "LibraryDatabaseType=",
                "LibraryDatabasePath=Parts.sqlite", "DatabasePathRelative=1", "TopPanelCollapsed=0",
                "LibrarySearchPath=" + librarySearchPath, "OrcadMultiValueDelimiter=,", "SearchSubDirectories=0", "SchemaName=")) {
            line(dbLib, s);
        }
        int n = 0;
        for (Table t : tables) {
            n++;
            line(dbLib, "[Table" + n + "]");
            line(dbLib, "SchemaName=");
            line(dbLib, "TableName=" + t.name());
            line(dbLib, "Enabled=" + (t.enabled() ? "True" : "False"));
            line(dbLib, "UserWhere=0");
            line(dbLib, "UserWhereText=");
        }
        int m = 0;
        for (Table t : tables) {
            for (String col : t.columns()) {
                String param = switch (col) {
                    case "Library Ref", "Library Path", "Footprint Ref", "Footprint Path", "Footprint Ref 2", "Footprint Path 2",
                            "Description" -> "[" + col + "]";
                    default -> col.equals(t.keyColumn()) || col.equals("Value") ? col : null;
                };
                if (param == null) {
                    continue;
                }
                m++;
                line(dbLib, "[FieldMap" + m + "]");
                line(dbLib, "Options=FieldName=" + t.name() + "." + col + "|TableNameOnly=" + t.name() + "|FieldNameOnly=" + col
                        + "|FieldType=" + (col.equals(t.keyColumn()) ? 0 : 1) + "|ParameterName=" + param
                        + "|VisibleOnAdd=" + (col.equals("Value") ? "True" : "False") + "|AddMode=0|RemoveMode=0|UpdateMode=0");
            }
        }
        Path file = folder.resolve("Parts.DbLib");
        Files.writeString(file, dbLib, StandardCharsets.UTF_8);
        return file;
    }

    private static void line(StringBuilder out, String s) {
        out.append(s).append("\r\n");
    }

    private static String q(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
