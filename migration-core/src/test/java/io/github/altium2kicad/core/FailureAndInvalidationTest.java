package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.progress.ProgressListener;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.api.source.RecordCursor;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.SourceReaderProvider;
import io.github.altium2kicad.api.source.TableSchema;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.core.internal.source.sqlite.SqliteSourceReader;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a failing run leaves behind, and when cached mapping decisions stop being used. */
class FailureAndInvalidationTest {

    @TempDir
    Path dir;
    Path dbLib;

    @BeforeEach
    void library() throws Exception {
        dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
    }

    /** Reads SQLite like the real reader, then fails after {@code rowsBeforeFailure} rows of the second table. */
    private static SourceReaderProvider failingAfter(long rowsBeforeFailure) {
        return new SourceReaderProvider() {
            @Override
            public String name() {
                return "failing-sqlite";
            }

            @Override
            public boolean supports(SourceLocation location) {
                return true;
            }

            @Override
            public SourceReader open(SourceLocation location, LibraryDescriptor library) {
                SqliteSourceReader real = SqliteSourceReader.open(location.file().orElseThrow());
                return new SourceReader() {
                    @Override
                    public TableSchema schema(TableDescriptor table) {
                        return real.schema(table);
                    }

                    @Override
                    public OptionalLong rowCount(TableSchema table) {
                        return real.rowCount(table);
                    }

                    @Override
                    public RecordCursor open(TableSchema table) {
                        RecordCursor cursor = real.open(table);
                        boolean fails = !table.tableName().equals("Resistors");
                        return new RecordCursor() {
                            long read;

                            @Override
                            public ComponentRecord next() {
                                if (fails && ++read > rowsBeforeFailure) {
                                    throw MigrationException.failure("disk read error in table " + table.tableName(), null);
                                }
                                return cursor.next();
                            }

                            @Override
                            public void close() {
                                cursor.close();
                            }
                        };
                    }

                    @Override
                    public void close() {
                        real.close();
                    }
                };
            }
        };
    }

    @Test
    void aReaderFailureMidwayLeavesThePreviousOutputUntouchedAndNoPartialOutput() throws Exception {
        Path out = dir.resolve("out");
        MigrationResult previous = new OptimizedMigrationEngine().migrateWithOptimization(MigrationRequest.builder(dbLib)
                .outputDirectory(out).config(MigrationConfig.builder().cacheDirectory(dir.resolve("cache")).build()).build());
        List<String> before = EndToEndMigrationTest.dump(previous.database());
        String dblBefore = Files.readString(previous.kicadDbl());

        OptimizedMigrationEngine failing = new OptimizedMigrationEngine(new SourceReaders(List.of(failingAfter(10))), List.of(), List.of());
        assertThatThrownBy(() -> failing.migrateWithOptimization(MigrationRequest.builder(dbLib).outputDirectory(out).overwrite(true)
                .config(MigrationConfig.builder().cacheDirectory(dir.resolve("cache")).batchSize(3).build()).build()))
                .isInstanceOf(MigrationException.class).hasMessageContaining("disk read error");

        assertThat(EndToEndMigrationTest.dump(out.resolve("Parts.sqlite"))).isEqualTo(before);
        assertThat(out.resolve("Parts.kicad_dbl")).hasContent(dblBefore);
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial-") || n.contains(".previous-"));
        }
    }

    @Test
    void aFailureWhileATableIsBeingWrittenLeavesThePreviousOutputUntouchedOnBothPaths() throws Exception {
        Path out = dir.resolve("out");
        MigrationResult previous = new OptimizedMigrationEngine().migrateWithOptimization(MigrationRequest.builder(dbLib)
                .outputDirectory(out).config(MigrationConfig.builder().cacheDirectory(dir.resolve("cache")).build()).build());
        List<String> before = EndToEndMigrationTest.dump(previous.database());
        String summaryBefore = Files.readString(previous.summaryFile());
        // called from the writing loop: the streamed writer between batches, the in-database copy between chunks
        ProgressListener failsMidTable = new ProgressListener() {
            @Override
            public void rowsDone(String table, long done, long total) {
                if (table.startsWith("Caps")) {
                    throw new IllegalStateException("disk full");
                }
            }
        };
        for (boolean inDatabase : List.of(true, false)) {
            OptimizedMigrationEngine failing = new OptimizedMigrationEngine(SourceReaders.discover(), List.of(), List.of(failsMidTable),
                    inDatabase);
            assertThatThrownBy(() -> failing.migrateWithOptimization(MigrationRequest.builder(dbLib).outputDirectory(out).overwrite(true)
                    .config(MigrationConfig.builder().cacheDirectory(dir.resolve("cache")).batchSize(3).build()).build()))
                    .hasMessageContaining("disk full");

            assertThat(EndToEndMigrationTest.dump(out.resolve("Parts.sqlite"))).isEqualTo(before);
            assertThat(previous.summaryFile()).hasContent(summaryBefore);
            try (Stream<Path> siblings = Files.list(dir)) {
                assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial-") || n.contains(".previous-"));
            }
        }
    }

    @Test
    void changingAMappingTableInvalidatesTheCachedDecisions() throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "rules:\n  - match: { \"Footprint Ref\": RESC2012X70N }\n    symbol: Device:R\n"
                + "    footprints: [Resistor_SMD:R_0805_2012Metric]\n");
        MigrationConfig config = MigrationConfig.builder().cacheDirectory(dir.resolve("cache")).mappingTables(List.of(rules)).build();
        OptimizedMigrationEngine engine = new OptimizedMigrationEngine();
        MigrationResult first = engine.migrateWithOptimization(MigrationRequest.builder(dbLib).outputDirectory(dir.resolve("a")).config(config).build());
        MigrationResult same = engine.migrateWithOptimization(MigrationRequest.builder(dbLib).outputDirectory(dir.resolve("b")).config(config).build());
        assertThat(same.performance().cache().persistentHits()).isEqualTo(first.performance().cache().misses()).isPositive();

        Files.writeString(rules, Files.readString(rules).replace("R_0805_2012Metric]", "R_0805_2012Metric_Pad1.20x1.40mm_HandSolder]"));
        MigrationResult changed = engine.migrateWithOptimization(MigrationRequest.builder(dbLib).outputDirectory(dir.resolve("c")).config(config).build());
        assertThat(changed.performance().cache().persistentHits()).isZero();
        assertThat(EndToEndMigrationTest.dump(changed.database())).anyMatch(row -> row.contains("R_0805_2012Metric_Pad1.20x1.40mm_HandSolder"));
    }
}
