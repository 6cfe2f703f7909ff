package io.github.altium2kicad.readers.testing;

import io.github.altium2kicad.testkit.LibraryTable;
import io.github.altium2kicad.testkit.SqliteLibraryDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The reference: the fixture's expected texts in an SQLite database, read through the core's SQLite reader. */
public final class SqliteFixture {

    private SqliteFixture() {
    }

    /** Writes {@code folder/Parts.sqlite} and a DbLib pointing at it (MSDASQL + SQLite3 ODBC, as Altium writes it). */
    public static Path write(Path folder, List<PartsFixture.Table> tables) throws Exception {
        Files.createDirectories(folder);
        SqliteLibraryDatabase.write(folder.resolve("Parts.sqlite"), tables.stream().map(SqliteFixture::texts).toList());
        return DbLibFile.write(folder, "Provider=MSDASQL.1;Persist Security Info=False;Extended Properties=\"Driver={SQLite3 ODBC Driver};"
                + "Database=C:\\lib\\Parts.sqlite;StepAPI=0;\"", tables);
    }

    /** The table with each cell as the text a reader must give for it. */
    private static LibraryTable texts(PartsFixture.Table table) {
        return new LibraryTable(table.name(), true, table.columns().stream().map(PartsFixture.Column::name).toList(),
                table.rows().stream().map(row -> Arrays.stream(row).map(c -> c == null ? null : c.text()).toArray(String[]::new))
                        .toList(), "Part Number");
    }
}
