package io.github.altium2kicad.examples.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;

/** Writes the sample tables into a fresh SQLite file: TEXT columns, rows in order, then VACUUM. */
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
        StringBuilder create = new StringBuilder("CREATE TABLE ").append(quote(table.name())).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            create.append(i == 0 ? "" : ", ").append(quote(columns.get(i))).append(" TEXT");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(create.append(')').toString());
        }
        StringBuilder insert = new StringBuilder("INSERT INTO ").append(quote(table.name())).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            insert.append(i == 0 ? "" : ", ").append(quote(columns.get(i)));
        }
        insert.append(") VALUES (").append(String.join(", ", Collections.nCopies(columns.size(), "?"))).append(')');
        try (PreparedStatement statement = connection.prepareStatement(insert.toString())) {
            for (SamplePart part : table.parts()) {
                for (int i = 0; i < columns.size(); i++) {
                    statement.setString(i + 1, part.cell(columns.get(i)));
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** An SQL identifier in double quotes, inner quotes doubled. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
