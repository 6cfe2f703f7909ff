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
import io.github.altium2kicad.core.internal.source.SourceLocator;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.core.testing.DatabaseDump;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Every table and index definition and every row of the generated KiCad database, as text lines. */
    public static List<String> dump(Path database) throws Exception {
        List<String> out = new ArrayList<>(DatabaseDump.schema(database));
        out.addAll(DatabaseDump.rowsInWrittenOrder(database));
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
