package io.github.altium2kicad.readers.testing;

import io.github.altium2kicad.testkit.DbLibText;
import java.nio.file.Path;
import java.util.List;

/** The {@code Parts.DbLib} of the backend fixtures, written by the test kit's {@link DbLibText}. */
public final class DbLibFile {

    private DbLibFile() {
    }

    /** Writes {@code folder/Parts.DbLib} for {@code tables} (named as the DbLib names them). */
    public static Path write(Path folder, String connectionString, List<PartsFixture.Table> tables) {
        return write(folder, connectionString, tables, "", false);
    }

    /** With {@code SchemaName} in every {@code [TableN]} and {@code UseTableSchemaName}. */
    public static Path write(Path folder, String connectionString, List<PartsFixture.Table> tables, String schemaName,
                             boolean useTableSchemaName) {
        return DbLibText.linking(connectionString).tableSchema(schemaName, useTableSchemaName)
                .tables(tables.stream().map(DbLibFile::entry).toList())
                .writeTo(folder.resolve("Parts.DbLib"));
    }

    private static DbLibText.Table entry(PartsFixture.Table table) {
        return new DbLibText.Table(table.name(), true, table.columns().stream().map(PartsFixture.Column::name).toList(),
                "Part Number");
    }
}
