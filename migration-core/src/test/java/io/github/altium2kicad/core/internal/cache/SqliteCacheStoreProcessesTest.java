package io.github.altium2kicad.core.internal.cache;

import static io.github.altium2kicad.core.internal.cache.CacheTestData.decision;
import static io.github.altium2kicad.core.internal.cache.CacheTestData.input;
import static io.github.altium2kicad.core.internal.cache.CacheTestData.settings;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several processes writing one cache directory at once leave an intact cache with all their entries. */
class SqliteCacheStoreProcessesTest {

    @TempDir
    Path dir;

    @Test
    void twoOtherProcessesAndThisOneWriteTheSameCacheAtOnce() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            processes.add(new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                    CacheWriterProcess.class.getName(), dir.toString(), Integer.toString(p * 1000),
                    Integer.toString(p * 1000 + 1000))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("process-" + p + ".log").toFile()).start());
        }
        try (SqliteCacheStore store = SqliteCacheStore.open(settings(dir), Clock.systemUTC(), 25)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(Files.exists(dir.resolve("ready-0")) && Files.exists(dir.resolve("ready-1000")))
                    && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(dir.resolve("ready-1000")).as("both processes opened the cache").exists();
            Files.createFile(dir.resolve("go"));
            for (int i = 2000; i < 3000; i++) {
                store.put(input(i), decision(i));
            }
        }
        for (int p = 0; p < processes.size(); p++) {
            Process process = processes.get(p);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(Files.readString(dir.resolve("process-" + p + ".log"))).isZero();
        }

        try (SqliteCacheStore store = SqliteCacheStore.open(settings(dir))) {
            for (int i = 0; i < 3000; i++) {
                assertThat(store.get(input(i))).as("entry %d", i).contains(decision(i));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteCacheStore.FILE_NAME));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains(".corrupt-"));
        }
    }
}
