package io.github.altium2kicad.core.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Text dumps of a generated KiCad database, for comparing two migrations. */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    /** Every table's definition and rows in rowid order (the physical order a migration wrote). */
    public static List<String> rowsInWrittenOrder(Path database) throws Exception {
        return dump(database, "rowid", true);
    }

    /** Every table's rows ordered by {@code keyColumn}: equal for databases with the same parts, however written. */
    public static List<String> rowsByKey(Path database, String keyColumn) throws Exception {
        return dump(database, quote(keyColumn), false);
    }

    /** Every table and index definition (names and SQL), sorted. */
    public static List<String> schema(Path database) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")) {
            while (r.next()) {
                out.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
            }
        }
        return out;
    }

    private static List<String> dump(Path database, String orderBy, boolean withDefinitions) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            ResultSet t = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
            while (t.next()) {
                tables.add(t.getString(1));
                if (withDefinitions) {
                    out.add(t.getString(2));
                }
            }
            for (String table : tables) {
                ResultSet r = st.executeQuery("SELECT * FROM " + quote(table) + " ORDER BY " + orderBy);
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    StringBuilder row = new StringBuilder(table).append('|');
                    for (int i = 1; i <= n; i++) {
                        row.append(r.getString(i)).append('|');
                    }
                    out.add(row.toString());
                }
            }
        }
        return out;
    }

    /**
     * The {@code KiCad Symbol} and {@code KiCad Footprints} values of every row of {@code table}, by its
     * {@code Part Number}, in key order.
     */
    public static java.util.Map<String, String[]> references(Path database, String table) throws Exception {
        java.util.Map<String, String[]> out = new java.util.LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"Part Number\", \"KiCad Symbol\", \"KiCad Footprints\" FROM "
                     + quote(table) + " ORDER BY 1")) {
            while (rs.next()) {
                out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        return out;
    }

    /** An SQL identifier in double quotes. */
    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
