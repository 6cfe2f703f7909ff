package io.github.altium2kicad.testkit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQLite database behind a test library: one table per library table, every column TEXT, as the SQLite3 ODBC
 * driver shows an Altium library's tables. The one place test libraries create and fill their tables.
 */
public final class SqliteLibraryDatabase {

    private SqliteLibraryDatabase() {
    }

    /** Writes {@code tables} with their rows into {@code file} (adding them to a database already there). */
    public static Path write(Path file, List<LibraryTable> tables) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            c.setAutoCommit(false);
            for (LibraryTable t : tables) {
                createTable(c, t.name(), t.columns());
                try (PreparedStatement ps = insert(c, t.name(), t.columns().size())) {
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
            return file;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the test library database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates table {@code name} with these TEXT columns. */
    public static void createTable(Connection c, String name, List<String> columns) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + quote(name) + " (" + columns.stream().map(col -> quote(col) + " TEXT")
                    .collect(Collectors.joining(", ")) + ")");
        }
    }

    /** The statement inserting a row of {@code width} values into table {@code name}. */
    public static PreparedStatement insert(Connection c, String name, int width) throws SQLException {
        return c.prepareStatement("INSERT INTO " + quote(name) + " VALUES ("
                + String.join(",", java.util.Collections.nCopies(width, "?")) + ")");
    }

    /** {@code name} as an SQL identifier. */
    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
