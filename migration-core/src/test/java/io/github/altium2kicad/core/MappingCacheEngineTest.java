package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent mapping cache as the engine uses it: warm runs reuse decisions, a damaged cache does not stop a run. */
class MappingCacheEngineTest {

    @TempDir
    Path dir;
    Path dbLib;
    MigrationConfig config;

    @BeforeEach
    void library() throws Exception {
        dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
        config = MigrationConfig.builder().cacheDirectory(dir.resolve("cache")).build();
    }

    private MigrationResult migrate(String out) {
        return new OptimizedMigrationEngine().migrateWithOptimization(MigrationRequest.builder(dbLib)
                .outputDirectory(dir.resolve(out)).config(config).build());
    }

    @Test
    void aWarmRunTakesItsDecisionsFromTheCacheAndWritesTheSameDatabase() throws Exception {
        MigrationResult cold = migrate("cold");
        MigrationResult warm = migrate("warm");
        assertThat(cold.performance().cache().persistentHits()).isZero();
        assertThat(warm.performance().cache().persistentHits()).isEqualTo(cold.performance().cache().misses()).isPositive();
        assertThat(EndToEndMigrationTest.dump(warm.database())).isEqualTo(EndToEndMigrationTest.dump(cold.database()));
    }

    @Test
    void preserveModeAloneDecidesWithoutTheMappingCache() throws Exception {
        config = MigrationConfig.builder().cacheDirectory(dir.resolve("cache")).mappingMode(MappingMode.PRESERVE).build();
        MigrationResult cold = migrate("cold");
        MigrationResult again = migrate("again");
        assertThat(again.performance().cache().persistentHits()).as("the preserve rule is cheaper than a lookup").isZero();
        assertThat(dir.resolve("cache").resolve("mapping-cache.sqlite")).doesNotExist();
        assertThat(again.partsWritten()).isEqualTo(cold.partsWritten()).isEqualTo(181);
        assertThat(EndToEndMigrationTest.dump(again.database())).isEqualTo(EndToEndMigrationTest.dump(cold.database()));
    }

    @Test
    void aChangedLibraryInvalidatesTheCache() throws Exception {
        migrate("first");
        Files.writeString(dbLib, Files.readString(dbLib) + "; edited\r\n");
        MigrationResult second = migrate("second");
        assertThat(second.performance().cache().persistentHits()).isZero();
    }

    @Test
    void aCorruptedCacheIsDiscardedAndTheRunSucceeds() throws Exception {
        migrate("first");
        Path cacheFile;
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            // the mapping decisions' store, not the Altium library contents' cache beside it
            cacheFile = files.filter(p -> p.getFileName().toString().equals("mapping-cache.sqlite")).findFirst().orElseThrow();
        }
        Files.write(cacheFile, "this is not an SQLite database, it was damaged".getBytes());
        // each table's decisions, kept beside it, would answer instead (TableDecisionsCacheTest)
        Files.delete(dir.resolve("cache").resolve(io.github.altium2kicad.core.internal.cache.DecisionSnapshots.FILE_NAME));
        MigrationResult second = migrate("second");
        assertThat(second.partsWritten()).isEqualTo(181);
        assertThat(second.performance().cache().persistentHits()).isZero();
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains(".corrupt-"));
        }
        assertThat(migrate("third").performance().cache().persistentHits()).isPositive(); // a fresh cache works again
    }
}
