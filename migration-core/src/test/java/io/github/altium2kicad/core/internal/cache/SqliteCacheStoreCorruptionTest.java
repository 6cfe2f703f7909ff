package io.github.altium2kicad.core.internal.cache;

import static io.github.altium2kicad.core.internal.cache.CacheTestData.START;
import static io.github.altium2kicad.core.internal.cache.CacheTestData.decision;
import static io.github.altium2kicad.core.internal.cache.CacheTestData.input;
import static io.github.altium2kicad.core.internal.cache.CacheTestData.settings;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged, foreign or outdated cache file is moved aside with a warning, and a fresh cache works. */
class SqliteCacheStoreCorruptionTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(START);

    private Path cacheFile() {
        return dir.resolve(SqliteCacheStore.FILE_NAME);
    }

    @Test
    void randomBytes() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(42).nextBytes(noise);
        Files.write(cacheFile(), noise);

        assertReplaced("not an SQLite database", noise.length);
    }

    @Test
    void aTextFile() throws IOException {
        Files.writeString(cacheFile(), "hello");

        assertReplaced("not an SQLite database", 5);
    }

    @Test
    void aRealCacheTruncatedInTheMiddle() throws IOException {
        fillRealCache(2_000);
        long size = Files.size(cacheFile());
        try (RandomAccessFile file = new RandomAccessFile(cacheFile().toFile(), "rw")) {
            file.setLength(size / 2);
        }

        assertReplaced("", size / 2);
    }

    @Test
    void aRealCacheTruncatedInsideItsHeader() throws IOException {
        fillRealCache(10);
        try (RandomAccessFile file = new RandomAccessFile(cacheFile().toFile(), "rw")) {
            file.setLength(50);
        }

        assertReplaced("truncated", 50);
    }

    @Test
    void aRealCacheWithADamagedPage() throws IOException {
        fillRealCache(2_000);
        long size = Files.size(cacheFile());
        try (RandomAccessFile file = new RandomAccessFile(cacheFile().toFile(), "rw")) {
            byte[] garbage = new byte[4096];
            new Random(7).nextBytes(garbage);
            file.seek(size - 3 * 4096);
            file.write(garbage);
        }

        assertReplaced("", size);
    }

    @Test
    void anSqliteFileWithAnotherSchema() throws Exception {
        execute("CREATE TABLE parts (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO parts VALUES (1, 'x')");

        assertReplaced("not an altium2kicad mapping cache", Files.size(cacheFile()));
    }

    @Test
    void aCacheOfAnotherSchemaVersion() throws Exception {
        fillRealCache(3);
        execute("PRAGMA user_version = 99");

        assertReplaced("schema version 99", Files.size(cacheFile()));
    }

    @Test
    void aCacheWhoseTableHasOtherColumns() throws Exception {
        execute("CREATE TABLE decision (fingerprint TEXT, input_key BLOB, payload BLOB)",
                "PRAGMA application_id = " + SqliteCacheFile.APPLICATION_ID,
                "PRAGMA user_version = " + SqliteCacheFile.SCHEMA_VERSION);

        assertReplaced("unexpected schema", Files.size(cacheFile()));
    }

    @Test
    void anEmptyFileIsSimplyUsed() throws IOException {
        Files.createFile(cacheFile());
        try (LogCapture log = new LogCapture()) {
            try (SqliteCacheStore store = SqliteCacheStore.open(settings(dir), clock, 8)) {
                store.put(input(1), decision(1));
            }
            assertThat(log.text()).doesNotContain("WARN");
        }
        assertThat(quarantined()).isEmpty();
        try (SqliteCacheStore store = SqliteCacheStore.open(settings(dir), clock, 8)) {
            assertThat(store.get(input(1))).contains(decision(1));
        }
    }

    @Test
    void anIntactCacheIsKept() throws IOException {
        fillRealCache(5);
        try (LogCapture log = new LogCapture()) {
            try (SqliteCacheStore store = SqliteCacheStore.open(settings(dir), clock, 8)) {
                assertThat(store.get(input(4))).contains(decision(4));
            }
            assertThat(log.text()).doesNotContain("WARN");
        }
        assertThat(quarantined()).isEmpty();
    }

    @Test
    void aStaleWalIsMovedAsideWithTheDamagedFile() throws IOException {
        Files.writeString(cacheFile(), "garbage");
        Files.writeString(dir.resolve(SqliteCacheStore.FILE_NAME + "-wal"), "old wal");
        Files.writeString(dir.resolve(SqliteCacheStore.FILE_NAME + "-shm"), "old shm");

        assertReplaced("not an SQLite database", 7);
        assertThat(quarantined()).anyMatch(p -> p.getFileName().toString().endsWith("-wal"));
        assertThat(dir.resolve(SqliteCacheStore.FILE_NAME + "-wal")).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(),
                p -> assertThat(Files.readString(p)).isNotEqualTo("old wal"));
    }

    @Test
    void damageFoundWhileRunningDisablesTheStoreAndTheFileIsDiscardedAtClose() throws IOException {
        fillRealCache(2_000);
        long size = Files.size(cacheFile());
        try (LogCapture log = new LogCapture()) {
            try (SqliteCacheStore store = SqliteCacheStore.open(settings(dir), clock, 8)) {
                try (RandomAccessFile file = new RandomAccessFile(cacheFile().toFile(), "rw")) {
                    byte[] garbage = new byte[(int) size - 8192];
                    new Random(3).nextBytes(garbage);
                    file.seek(8192);
                    file.write(garbage);
                }
                for (int i = 0; i < 20; i++) {
                    assertThat(store.get(input(i))).isEmpty();
                }
                store.put(input(1), decision(1));
            }
            assertThat(log.text()).containsOnlyOnce("is damaged").contains(cacheFile().toString())
                    .contains("Discarded the mapping cache").contains("the next run starts a fresh cache");
        }
        assertThat(quarantined()).hasSize(1);
        try (SqliteCacheStore store = SqliteCacheStore.open(settings(dir), clock, 8)) {
            assertThat(store.get(input(1))).isEmpty();
            store.put(input(1), decision(1));
        }
        try (SqliteCacheStore store = SqliteCacheStore.open(settings(dir), clock, 8)) {
            assertThat(store.get(input(1))).contains(decision(1));
        }
    }

    @Test
    void storesOpeningADamagedFileAtOnceDiscardItOnlyOnce() throws Exception {
        Files.writeString(cacheFile(), "not a database");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (int t = 0; t < 4; t++) {
            int n = t;
            results.add(pool.submit(() -> {
                go.await();
                try (SqliteCacheStore store = SqliteCacheStore.open(settings(dir), clock, 8)) {
                    store.put(input(n), decision(n));
                    return store.get(input(n)).isPresent();
                }
            }));
        }
        try (LogCapture log = new LogCapture()) {
            go.countDown();
            for (Future<Boolean> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
            }
            pool.shutdown();
            assertThat(log.text()).containsOnlyOnce("Discarded the mapping cache");
        }
        assertThat(quarantined()).hasSize(1);
        try (SqliteCacheStore store = SqliteCacheStore.open(settings(dir), clock, 8)) {
            for (int t = 0; t < 4; t++) {
                assertThat(store.get(input(t))).contains(decision(t));
            }
        }
    }

    /** Opening warns naming the file and the reason, keeps the old file aside, and the fresh cache works. */
    private void assertReplaced(String reason, long originalSize) throws IOException {
        try (LogCapture log = new LogCapture()) {
            try (SqliteCacheStore store = SqliteCacheStore.open(settings(dir), clock, 8)) {
                assertThat(store.get(input(1))).isEmpty();
                store.put(input(1), decision(1));
            }
            String text = log.text();
            assertThat(text).contains("WARN").contains(cacheFile().toString()).contains(reason)
                    .contains("starting a fresh cache");
        }
        List<Path> aside = quarantined().stream().filter(p -> !p.toString().endsWith("-wal")).toList();
        assertThat(aside).hasSize(1);
        assertThat(aside.get(0).getFileName().toString()).startsWith(SqliteCacheStore.FILE_NAME + ".corrupt-2025");
        assertThat(Files.size(aside.get(0))).isEqualTo(originalSize);
        try (SqliteCacheStore store = SqliteCacheStore.open(settings(dir), clock, 8)) {
            assertThat(store.get(input(1))).contains(decision(1));
        }
    }

    private List<Path> quarantined() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().contains(".corrupt-")).toList();
        }
    }

    private void fillRealCache(int entries) {
        try (SqliteCacheStore store = SqliteCacheStore.open(settings(dir), clock, 500)) {
            for (int i = 0; i < entries; i++) {
                store.put(input(i), decision(i));
            }
        }
        assertThat(dir.resolve(SqliteCacheStore.FILE_NAME + "-wal")).as("checkpointed at close").doesNotExist();
    }

    private void execute(String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cacheFile()); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }
}
