package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.core.internal.cache.DecisionSnapshots;
import io.github.altium2kicad.core.internal.cache.MappingCaches;
import io.github.altium2kicad.core.internal.cache.SqliteCacheStore;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.core.testing.DatabaseDump;
import io.github.altium2kicad.testkit.company.RealisticLibrary;
import io.github.altium2kicad.testkit.company.RealisticLibraryFacts;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each table's finished decisions, kept beside the mapping cache ({@link DecisionSnapshots}) and restored in SQL on a
 * re-run, on a realistic library with its library files (reviews, unresolved parts, names KiCad lists otherwise):
 * a warm run writes exactly what a run without any cache writes, a changed part alone is decided again, and an
 * expired, damaged or cleared file costs only time.
 */
class TableDecisionsCacheTest {

    @TempDir
    Path dir;
    RealisticLibraryFacts library;
    Path cache;
    MigrationConfig config;
    MigrationResult uncached;

    @BeforeEach
    void library() throws Exception {
        library = new RealisticLibrary(7, 1_500, 12, true).write(dir.resolve("altium"));
        cache = dir.resolve("cache");
        config = MigrationConfig.builder().cacheDirectory(cache).build();
        uncached = migrate(config.toBuilder().enableCaching(false).build(), "uncached");
    }

    private MigrationResult migrate(MigrationConfig with, String out) {
        return new OptimizedMigrationEngine(SourceReaders.discover(), List.of(), List.of(), true)
                .migrateWithOptimization(MigrationRequest.builder(library.dbLib()).outputDirectory(dir.resolve(out)).config(with).build());
    }

    private void assertSameAsUncached(MigrationResult result) throws Exception {
        assertThat(DatabaseDump.rowsInWrittenOrder(result.database())).isEqualTo(DatabaseDump.rowsInWrittenOrder(uncached.database()));
        assertThat(result.notices()).isEqualTo(uncached.notices());
        assertThat(result.issues()).isEqualTo(uncached.issues());
        assertThat(result.tables()).isEqualTo(uncached.tables());
        assertThat(result.declineReasons()).isEqualTo(uncached.declineReasons());
        assertThat(Files.readString(result.outputDirectory().resolve("mapping-report.csv")))
                .isEqualTo(Files.readString(uncached.outputDirectory().resolve("mapping-report.csv")));
    }

    private long snapshotRows() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cache.resolve(DecisionSnapshots.FILE_NAME));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM table_decision")) {
            return rs.getLong(1);
        }
    }

    @Test
    void aWarmRunRestoresEveryTablesDecisionsAndWritesWhatAnUncachedRunWrites() throws Exception {
        MigrationResult cold = migrate(config, "cold");
        long distinct = cold.performance().cache().misses();
        assertThat(uncached.notices()).as("the library has names KiCad lists otherwise, and missing ones").isNotEmpty();
        assertThat(uncached.issues()).as("and unresolved parts").isNotEmpty();
        assertThat(snapshotRows()).as("every distinct input of every table is kept").isEqualTo(distinct).isPositive();
        // without the per-input mapping cache, only the table decisions can answer
        Files.delete(cache.resolve(SqliteCacheStore.FILE_NAME));
        MigrationResult warm = migrate(config, "warm");
        assertThat(warm.performance().cache().persistentHits()).isEqualTo(distinct);
        assertThat(warm.performance().cache().ruleEvaluations()).isZero();
        for (MigrationResult result : List.of(cold, warm)) {
            assertSameAsUncached(result);
        }
    }

    @Test
    void aChangedPartAloneIsDecidedAgainAndKeptForTheNextRun() throws Exception {
        MigrationResult cold = migrate(config, "cold");
        String table = library.tables().get(0);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library.database()); Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE \"" + table + "\" SET \"Description\" = 'EDITED ' || \"Description\""
                    + " WHERE rowid = (SELECT min(rowid) FROM \"" + table + "\")")).isEqualTo(1);
        }
        uncached = migrate(config.toBuilder().enableCaching(false).build(), "uncached-edited");
        MigrationResult edited = migrate(config, "edited");
        assertThat(edited.performance().cache().ruleEvaluations()).as("the edited part's new input").isEqualTo(1);
        assertThat(edited.performance().cache().persistentHits()).as("every other input restored")
                .isEqualTo(edited.performance().cache().misses() - 1).isGreaterThanOrEqualTo(cold.performance().cache().misses() - 1);
        assertSameAsUncached(edited);
        MigrationResult again = migrate(config, "again");
        assertThat(again.performance().cache().ruleEvaluations()).isZero();
        assertSameAsUncached(again);
    }

    @Test
    void anEditedLibraryReplacesEachTablesSnapshotInsteadOfAddingOne() throws Exception {
        MigrationResult cold = migrate(config, "cold");
        Files.writeString(library.dbLib(), Files.readString(library.dbLib()) + "; edited\r\n"); // another fingerprint
        MigrationResult edited = migrate(config, "edited");
        assertThat(edited.performance().cache().persistentHits()).isZero();
        assertSameAsUncached(edited);
        assertThat(snapshotRows()).as("one snapshot per table, not one per edit").isEqualTo(cold.performance().cache().misses());
        assertThat(migrate(config, "again").performance().cache().ruleEvaluations()).isZero();
    }

    @Test
    void expiredDecisionsAreDecidedAgain() throws Exception {
        MigrationConfig expiring = config.toBuilder().cacheExpiration(Duration.ofMillis(1500)).build();
        MigrationResult cold = migrate(expiring, "cold");
        Thread.sleep(1600);
        MigrationResult later = migrate(expiring, "later");
        assertThat(later.performance().cache().persistentHits()).isZero();
        assertThat(later.performance().cache().ruleEvaluations()).isEqualTo(cold.performance().cache().misses());
        assertSameAsUncached(later);
        assertThat(snapshotRows()).as("the expired rows were deleted at open, the new ones kept")
                .isEqualTo(cold.performance().cache().misses());
    }

    @Test
    void aFileThatIsNotACacheIsSetAsideAndTheRunDecidesEverything() throws Exception {
        migrate(config, "cold");
        Files.writeString(cache.resolve(DecisionSnapshots.FILE_NAME), "not a database, just text that is long enough");
        Files.delete(cache.resolve(SqliteCacheStore.FILE_NAME));
        MigrationResult warm = migrate(config, "warm");
        assertThat(warm.performance().cache().persistentHits()).isZero();
        assertThat(movedAside()).isTrue();
        assertSameAsUncached(warm);
        assertThat(migrate(config, "again").performance().cache().ruleEvaluations()).as("a fresh file was started").isZero();
    }

    @Test
    void damageFoundInUseTurnsTheCacheOffAndTheFileIsSetAsideAtTheEnd() throws Exception {
        MigrationResult cold = migrate(config, "cold");
        Path file = cache.resolve(DecisionSnapshots.FILE_NAME);
        checkpoint(file);
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[(int) (size - 2 * 4096)];
            java.util.Arrays.fill(garbage, (byte) 0x5A);
            raf.seek(4096); // page 1 (the schema) intact: the damage shows only when the rows are read (pruning, restoring)
            raf.write(garbage);
        }
        Files.delete(cache.resolve(SqliteCacheStore.FILE_NAME));
        MigrationResult warm = migrate(config, "warm");
        assertThat(warm.performance().cache().ruleEvaluations()).isEqualTo(cold.performance().cache().misses());
        assertSameAsUncached(warm);
        assertThat(movedAside()).isTrue();
    }

    @Test
    void clearingTheCacheDeletesTheTableDecisions() throws Exception {
        migrate(config, "cold");
        assertThat(cache.resolve(DecisionSnapshots.FILE_NAME)).exists();
        assertThat(MappingCaches.clear(config)).isPositive();
        assertThat(cache.resolve(DecisionSnapshots.FILE_NAME)).doesNotExist();
        MigrationResult after = migrate(config, "after");
        assertThat(after.performance().cache().persistentHits()).isZero();
        assertSameAsUncached(after);
    }

    /** Moves the WAL into the file, so that damage written to the file is what SQLite reads. */
    private static void checkpoint(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    private boolean movedAside() throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith(DecisionSnapshots.FILE_NAME + ".corrupt-"));
        }
    }
}
