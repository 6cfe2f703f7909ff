package io.github.altium2kicad.readers.output.server;

import io.github.altium2kicad.api.MigrationResult;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The rows of a table as text, to compare what a server received with the SQLite output it was published from. */
final class TableRows {

    private TableRows() {
    }

    /** Every row of {@code from} (a quoted table name) as {@code v1|v2|…} in column order, sorted. */
    static List<String> rows(Connection c, String from) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + from)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    /** The rows of {@code table} in the migration's SQLite output. */
    static List<String> sqliteRows(MigrationResult result, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + result.database())) {
            return rows(c, "\"" + table.replace("\"", "\"\"") + "\"");
        }
    }
}
