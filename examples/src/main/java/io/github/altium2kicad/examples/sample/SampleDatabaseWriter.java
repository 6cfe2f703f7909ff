package io.github.altium2kicad.examples.sample;

import io.github.altium2kicad.testkit.SqliteLibraryDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes the sample tables into a fresh SQLite file with the test kit's {@link SqliteLibraryDatabase}: TEXT columns,
 * rows in order, then VACUUM.
 */
final class SampleDatabaseWriter {

    private SampleDatabaseWriter() {
    }

    static void write(List<SampleTable> tables, Path file) throws IOException {
        Files.deleteIfExists(file);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            connection.setAutoCommit(false);
            for (SampleTable table : tables) {
                write(connection, table);
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM");
            }
        } catch (SQLException e) {
            throw new IOException("cannot write the sample database " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Connection connection, SampleTable table) throws SQLException {
        List<String> columns = table.columns();
        SqliteLibraryDatabase.createTable(connection, table.name(), columns);
        try (PreparedStatement statement = SqliteLibraryDatabase.insert(connection, table.name(), columns.size())) {
            for (SamplePart part : table.parts()) {
                for (int i = 0; i < columns.size(); i++) {
                    statement.setString(i + 1, part.cell(columns.get(i)));
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
