package io.github.altium2kicad.readers.testing;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.api.source.RecordCursor;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.TableSchema;
import io.github.altium2kicad.core.OptimizedMigrationEngine;
import io.github.altium2kicad.core.dblib.DbLibParser;
import io.github.altium2kicad.core.source.SourceLocator;
import io.github.altium2kicad.core.source.SourceReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs migrations and reads sources the way the engine does, for comparing a backend with the SQLite reference. */
public final class Migrations {

    private Migrations() {
    }

    /** Migrates {@code dbLib} into {@code out} under the library name {@code Parts}. */
    public static MigrationResult migrate(Path dbLib, Path out) {
        return migrate(dbLib, out, MigrationConfig.builder().libraryName("Parts").enableCaching(false).build());
    }

    public static MigrationResult migrate(Path dbLib, Path out, MigrationConfig config) {
        return new OptimizedMigrationEngine().migrateWithOptimization(
                MigrationRequest.builder(dbLib).outputDirectory(out).config(config).build());
    }

    /** Every table and row of the generated KiCad database, as text lines. */
    public static List<String> dump(Path database) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            ResultSet t = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type IN ('table','index') "
                    + "AND name NOT LIKE 'sqlite_%' ORDER BY name");
            while (t.next()) {
                out.add(t.getString(2));
                if (t.getString(2) != null && t.getString(2).startsWith("CREATE TABLE")) {
                    tables.add(t.getString(1));
                }
            }
            for (String table : tables) {
                ResultSet r = st.executeQuery("SELECT * FROM " + SqliteFixture.q(table) + " ORDER BY rowid");
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

    /** The schema and raw rows of every enabled table, read through the source reader the engine would pick. */
    public static List<String> rawRows(Path dbLib, Map<String, String> environment) {
        LibraryDescriptor library = new DbLibParser().parse(dbLib);
        SourceLocation location = new SourceLocator(new io.github.altium2kicad.core.dblib.DatabaseFileLocator(), environment)
                .locate(library, Optional.empty());
        List<String> out = new ArrayList<>();
        try (SourceReader reader = SourceReaders.discover().open(location, library)) {
            for (TableDescriptor table : library.enabledTables()) {
                TableSchema schema = reader.schema(table);
                out.add(table.tableName() + " " + schema.columns());
                try (RecordCursor cursor = reader.open(schema)) {
                    for (ComponentRecord r = cursor.next(); r != null; r = cursor.next()) {
                        String[] values = new String[r.size()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = r.get(i);
                        }
                        out.add(r.rowNumber() + " " + Arrays.toString(values));
                    }
                }
            }
        }
        return out;
    }

    /** The text of every regular file under {@code folder}, concatenated (for looking for secrets). */
    public static String allText(Path folder) throws Exception {
        StringBuilder s = new StringBuilder();
        try (var files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                s.append(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return s.toString();
    }
}
