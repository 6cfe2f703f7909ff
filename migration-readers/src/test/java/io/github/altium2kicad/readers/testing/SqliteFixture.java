package io.github.altium2kicad.readers.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/** The reference: the fixture's expected texts in an SQLite database, read through the core's SQLite reader. */
public final class SqliteFixture {

    private SqliteFixture() {
    }

    /** Writes {@code folder/Parts.sqlite} and a DbLib pointing at it (MSDASQL + SQLite3 ODBC, as Altium writes it). */
    public static Path write(Path folder, List<PartsFixture.Table> tables) throws Exception {
        Files.createDirectories(folder);
        Path db = folder.resolve("Parts.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            for (PartsFixture.Table t : tables) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE " + q(t.name()) + " (" + t.columns().stream().map(col -> q(col.name()) + " TEXT")
                            .collect(Collectors.joining(", ")) + ")");
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + q(t.name()) + " VALUES ("
                        + t.columns().stream().map(x -> "?").collect(Collectors.joining(",")) + ")")) {
                    for (PartsFixture.Cell[] row : t.rows()) {
                        for (int i = 0; i < row.length; i++) {
                            ps.setString(i + 1, row[i] == null ? null : row[i].text());
                        }
                        ps.executeUpdate();
                    }
                }
            }
            c.commit();
        }
        return DbLibFile.write(folder, "Provider=MSDASQL.1;Persist Security Info=False;Extended Properties=\"Driver={SQLite3 ODBC Driver};"
                + "Database=C:\\lib\\Parts.sqlite;StepAPI=0;\"", tables);
    }

    static String q(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
