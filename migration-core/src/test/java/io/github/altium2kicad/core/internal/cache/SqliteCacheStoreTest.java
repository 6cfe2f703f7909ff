package io.github.altium2kicad.core.internal.cache;

import static io.github.altium2kicad.core.internal.cache.CacheTestData.FINGERPRINT;
import static io.github.altium2kicad.core.internal.cache.CacheTestData.START;
import static io.github.altium2kicad.core.internal.cache.CacheTestData.decision;
import static io.github.altium2kicad.core.internal.cache.CacheTestData.input;
import static io.github.altium2kicad.core.internal.cache.CacheTestData.settings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.cache.CacheStoreSettings;
import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteCacheStoreTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(START);

    private SqliteCacheStore open(CacheStoreSettings settings) {
        return SqliteCacheStore.open(settings, clock, 64);
    }

    @Test
    void decisionsWithEveryFieldSurviveARoundTripThroughTheFile() {
        MappingInput plain = input(1);
        MappingInput unicode = new MappingInput("Widerstände Ω", "RES µ 'quoted' \"double\"", null,
                List.of(new AltiumFootprint("R_0603", null), new AltiumFootprint("R;0805", "")), Map.of("Wert", "10 kΩ ±1%"));
        MappingDecision full = new MappingDecision(Optional.of(new KicadLibId("Device", "R:with:colons")),
                List.of(new KicadLibId("Resistor_SMD", "R_0603_1608Metric"), new KicadLibId("Resistor_SMD", "R_0805_2012Metric"),
                        new KicadLibId("Résistances 日本", "R 0402 \\ \"x\"")),
                0.73, "user-table ✓", List.of("Package / Case=0603 (1608 Metric)", "emoji 🔧 \u0000 nul"),
                List.of("footprint 2 is a guess", "line\nbreak"));
        MappingDecision empty = new MappingDecision(Optional.empty(), List.of(), 0.0, "preserve", List.of(),
                List.of("Library Ref is blank", "Footprint Ref is blank"));

        for (boolean compression : List.of(false, true)) {
            Path cache = dir.resolve("compression-" + compression);
            try (SqliteCacheStore store = open(settings(cache, FINGERPRINT, compression))) {
                store.put(plain, full);
                store.put(unicode, empty);
                assertThat(store.get(plain)).as("from the write buffer").contains(full);
            }
            try (SqliteCacheStore store = open(settings(cache, FINGERPRINT, compression))) {
                assertThat(store.get(plain)).contains(full);
                assertThat(store.get(unicode)).contains(empty);
                assertThat(store.get(input(2))).isEmpty();
            }
        }
    }

    @Test
    void entriesOlderThanTheExpirationAreMissesAndArePrunedAtOpen() throws SQLException {
        CacheStoreSettings settings = new CacheStoreSettings(dir, Duration.ofHours(1), false, FINGERPRINT);
        try (SqliteCacheStore store = open(settings)) {
            store.put(input(1), decision(1));
        }
        clock.advance(Duration.ofMinutes(30));
        try (SqliteCacheStore store = open(settings)) {
            store.put(input(2), decision(2));
            store.flush();
            clock.advance(Duration.ofMinutes(31));
            assertThat(store.get(input(1))).as("61 minutes old").isEmpty();
            assertThat(store.get(input(2))).as("31 minutes old").contains(decision(2));
        }
        assertThat(rowCount()).isEqualTo(2);

        try (SqliteCacheStore store = open(settings)) {
            assertThat(rowCount()).as("the expired row was pruned at open").isEqualTo(1);
            assertThat(store.get(input(2))).contains(decision(2));
        }
    }

    @Test
    void entriesMadeUnderAnotherFingerprintAreNotReturnedAndDoNotClash() {
        String other = "0".repeat(64);
        try (SqliteCacheStore first = open(settings(dir, FINGERPRINT, false))) {
            first.put(input(1), decision(1));
        }
        try (SqliteCacheStore second = open(settings(dir, other, false))) {
            assertThat(second.get(input(1))).isEmpty();
            second.put(input(1), decision(9));
        }
        try (SqliteCacheStore first = open(settings(dir, FINGERPRINT, false));
             SqliteCacheStore second = open(settings(dir, other, false))) {
            assertThat(first.get(input(1))).contains(decision(1));
            assertThat(second.get(input(1))).contains(decision(9));
        }
    }

    @Test
    void compressedAndPlainRowsAreReadByEitherSetting() throws SQLException {
        try (SqliteCacheStore plain = open(settings(dir, FINGERPRINT, false))) {
            plain.put(input(1), decision(1));
        }
        try (SqliteCacheStore compressed = open(settings(dir, FINGERPRINT, true))) {
            compressed.put(input(2), decision(2));
            assertThat(compressed.get(input(1))).contains(decision(1));
        }
        try (SqliteCacheStore plain = open(settings(dir, FINGERPRINT, false))) {
            assertThat(plain.get(input(2))).contains(decision(2));
        }
        assertThat(codecs()).containsExactlyInAnyOrder(DecisionCodec.JSON, DecisionCodec.DEFLATED_JSON);
    }

    @Test
    void putsAreBufferedAndWrittenInBatches() throws SQLException {
        try (SqliteCacheStore store = SqliteCacheStore.open(settings(dir), clock, 10)) {
            for (int i = 0; i < 9; i++) {
                store.put(input(i), decision(i));
            }
            assertThat(rowCount()).isZero();
            store.put(input(9), decision(9));
            awaitRowCount(10);
            store.put(input(10), decision(10));
            assertThat(rowCount()).isEqualTo(10);
        }
        assertThat(rowCount()).as("written at close").isEqualTo(11);
    }

    @Test
    void aSecondStoreSeesTheFirstStoresFlushedEntries() {
        try (SqliteCacheStore first = open(settings(dir));
             SqliteCacheStore second = open(settings(dir))) {
            first.put(input(1), decision(1));
            assertThat(second.get(input(1))).as("not yet flushed").isEmpty();
            first.flush();
            assertThat(second.get(input(1))).contains(decision(1));
            second.put(input(2), decision(2));
            second.flush();
            assertThat(first.get(input(2))).contains(decision(2));
        }
    }

    @Test
    void concurrentPutsAndGetsFromSeveralThreadsAndTwoStores() throws Exception {
        int threads = 8;
        int perThread = 400;
        try (SqliteCacheStore one = SqliteCacheStore.open(settings(dir), clock, 50);
             SqliteCacheStore two = SqliteCacheStore.open(settings(dir), clock, 37)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                SqliteCacheStore store = t % 2 == 0 ? one : two;
                int base = t * perThread;
                results.add(pool.submit(() -> {
                    go.await();
                    int wrong = 0;
                    for (int i = base; i < base + perThread; i++) {
                        store.put(input(i), decision(i));
                        if (!store.get(input(i)).equals(Optional.of(decision(i)))) {
                            wrong++;
                        }
                        int earlier = base + (i - base) / 2;
                        Optional<MappingDecision> seen = store.get(input(earlier));
                        if (seen.isPresent() && !seen.get().equals(decision(earlier))) {
                            wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            go.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isZero();
            }
            pool.shutdown();
        }
        assertThat(rowCount()).isEqualTo(threads * perThread);
        try (SqliteCacheStore store = open(settings(dir))) {
            for (int i = 0; i < threads * perThread; i += 97) {
                assertThat(store.get(input(i))).contains(decision(i));
            }
        }
    }

    @Test
    void anUnreadableRowIsAMissIsDeletedAndIsReportedOnce() throws SQLException {
        try (SqliteCacheStore store = open(settings(dir))) {
            store.put(input(1), decision(1));
            store.put(input(2), decision(2));
        }
        try (SqliteCacheStore store = open(settings(dir))) {
            store.put(input(3), decision(3));
        }
        try (Connection c = connect(); PreparedStatement update = c.prepareStatement(
                "UPDATE decision SET payload = ? WHERE id IN (SELECT id FROM decision ORDER BY id LIMIT 2)")) {
            update.setBytes(1, "{\"symbol\":".getBytes(StandardCharsets.UTF_8));
            assertThat(update.executeUpdate()).isEqualTo(2);
        }
        try (LogCapture log = new LogCapture()) {
            try (SqliteCacheStore store = open(settings(dir))) {
                assertThat(store.get(input(1))).isEmpty();
                assertThat(store.get(input(2))).isEmpty();
                assertThat(store.get(input(3))).contains(decision(3));
            }
            assertThat(log.text()).containsOnlyOnce("cannot be read").contains(SqliteCacheStore.FILE_NAME);
        }
        assertThat(rowCount()).isEqualTo(1);
    }

    @Test
    void putsAfterCloseAreIgnoredAndGetsAreMisses() {
        SqliteCacheStore store = open(settings(dir));
        store.put(input(1), decision(1));
        store.close();
        store.close();
        store.put(input(2), decision(2));
        assertThat(store.get(input(1))).isEmpty();
        try (SqliteCacheStore again = open(settings(dir))) {
            assertThat(again.get(input(1))).contains(decision(1));
            assertThat(again.get(input(2))).isEmpty();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteCacheStore.FILE_NAME));
    }

    private long rowCount() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM decision")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void awaitRowCount(long expected) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (rowCount() != expected && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(rowCount()).as("written by the background writer").isEqualTo(expected);
    }

    private List<Integer> codecs() throws SQLException {
        List<Integer> codecs = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT codec FROM decision")) {
            while (rs.next()) {
                codecs.add(rs.getInt(1));
            }
        }
        return codecs;
    }
}
