package io.github.altium2kicad.core.internal.cache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A separate JVM for {@link SqliteCacheStoreProcessesTest}: opens the store in {@code args[0]}, creates
 * {@code ready-<args[1]>}, waits for the file {@code go}, puts decisions {@code args[1]} (inclusive) to
 * {@code args[2]} (exclusive), reading each back, then closes it.
 */
public final class CacheWriterProcess {

    private CacheWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int from = Integer.parseInt(args[1]);
        int to = Integer.parseInt(args[2]);
        try (SqliteCacheStore store = SqliteCacheStore.open(CacheTestData.settings(dir), java.time.Clock.systemUTC(), 25)) {
            Files.createFile(dir.resolve("ready-" + from));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(dir.resolve("go")) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            for (int i = from; i < to; i++) {
                store.put(CacheTestData.input(i), CacheTestData.decision(i));
                if (store.get(CacheTestData.input(i)).isEmpty()) {
                    System.exit(3);
                }
            }
        }
    }
}
