package io.github.altium2kicad.core.internal.cache;

import static io.github.altium2kicad.core.internal.cache.CacheTestData.FINGERPRINT;
import static io.github.altium2kicad.core.internal.cache.CacheTestData.decision;
import static io.github.altium2kicad.core.internal.cache.CacheTestData.input;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.cache.CacheStore;
import io.github.altium2kicad.api.cache.CacheStoreProvider;
import io.github.altium2kicad.api.cache.CacheStoreSettings;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingCachesTest {

    @TempDir
    Path dir;

    /** A user-supplied store: decisions in memory, remembering the settings it was opened with. */
    public static final class MemoryProvider implements CacheStoreProvider {
        static volatile CacheStoreSettings lastSettings;

        @Override
        public String name() {
            return "memory";
        }

        @Override
        public CacheStore open(CacheStoreSettings settings) {
            lastSettings = settings;
            return new MemoryStore();
        }
    }

    static final class MemoryStore implements CacheStore {
        final Map<MappingInput, MappingDecision> decisions = new ConcurrentHashMap<>();

        @Override
        public Optional<MappingDecision> get(MappingInput input) {
            return Optional.ofNullable(decisions.get(input));
        }

        @Override
        public void put(MappingInput input, MappingDecision decision) {
            decisions.put(input, decision);
        }

        @Override
        public void close() {
        }
    }

    private static final class Named implements CacheStoreProvider {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public CacheStore open(CacheStoreSettings settings) {
            throw new IllegalStateException("cannot open " + name);
        }
    }

    private MigrationConfig config(boolean caching) {
        return MigrationConfig.builder().enableCaching(caching).cacheDirectory(dir.resolve("cache"))
                .cacheExpiration(Duration.ofDays(2)).cacheCompression(true).build();
    }

    @Test
    void noStoreWhenCachingIsOff() {
        assertThat(MappingCaches.open(config(false), FINGERPRINT)).isEmpty();
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void theBuiltInStoreByDefault() {
        Optional<CacheStore> store = MappingCaches.open(config(true), FINGERPRINT);
        assertThat(store).get().isInstanceOf(SqliteCacheStore.class);
        try (CacheStore s = store.get()) {
            s.put(input(1), decision(1));
            assertThat(((SqliteCacheStore) s).file()).isEqualTo(dir.resolve("cache").resolve("mapping-cache.sqlite"));
        }
    }

    @Test
    void theFirstNonBuiltInProviderWins() {
        SqliteCacheStoreProvider builtIn = new SqliteCacheStoreProvider();
        Named a = new Named("a");
        Named b = new Named("b");

        assertThat(MappingCaches.select(List.of(builtIn))).isSameAs(builtIn);
        assertThat(MappingCaches.select(List.of())).isInstanceOf(SqliteCacheStoreProvider.class);
        assertThat(MappingCaches.select(List.of(builtIn, a))).isSameAs(a);
        assertThat(MappingCaches.select(List.of(a, builtIn))).isSameAs(a);
        try (LogCapture log = new LogCapture()) {
            assertThat(MappingCaches.select(List.of(builtIn, b, a))).isSameAs(b);
            assertThat(log.text()).contains("WARN").contains("Several mapping cache providers").contains("'b'");
        }
    }

    @Test
    void aProviderOnTheClassPathReplacesTheBuiltInStore() throws IOException {
        Path extra = dir.resolve("user-jar");
        Path services = Files.createDirectories(extra.resolve("META-INF/services"));
        Files.writeString(services.resolve(CacheStoreProvider.class.getName()), MemoryProvider.class.getName() + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {extra.toUri().toURL()}, original)) {
            thread.setContextClassLoader(loader);
            Optional<CacheStore> store = MappingCaches.open(config(true), FINGERPRINT);

            assertThat(store).get().isInstanceOf(MemoryStore.class);
            assertThat(MemoryProvider.lastSettings).isEqualTo(
                    new CacheStoreSettings(dir.resolve("cache"), Duration.ofDays(2), true, FINGERPRINT));
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    @Test
    void aStoreThatCannotBeOpenedMeansNoStoreAndAWarning() throws IOException {
        Files.writeString(dir.resolve("cache"), "a file where the cache folder should be");
        try (LogCapture log = new LogCapture()) {
            assertThat(MappingCaches.open(config(true), FINGERPRINT)).isEmpty();
            assertThat(MappingCaches.open(config(true), FINGERPRINT, List.of(new Named("broken")))).isEmpty();
            assertThat(log.text()).contains("WARN").contains(dir.resolve("cache").toString())
                    .contains("continuing without a persistent cache").contains("cannot open broken");
        }
    }
}
