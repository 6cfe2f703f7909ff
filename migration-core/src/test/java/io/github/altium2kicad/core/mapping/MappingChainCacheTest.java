package io.github.altium2kicad.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.CacheStatistics;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.cache.CacheStore;
import io.github.altium2kicad.api.cache.CacheStoreSettings;
import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.AltiumLibraryCatalog;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.core.internal.cache.SqliteCacheStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memo, then the persistent store, then the rules. */
class MappingChainCacheTest {

    @TempDir
    Path dir;

    /** Answers every part and counts how often it is asked, per input. */
    static final class CountingRule implements MappingRule {
        final Map<MappingInput, AtomicInteger> calls = new ConcurrentHashMap<>();

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public Optional<MappingDecision> map(MappingInput input, MappingContext context) {
            calls.computeIfAbsent(input, k -> new AtomicInteger()).incrementAndGet();
            return Optional.of(new MappingDecision(Optional.of(new KicadLibId("Device", input.libraryRef())), List.of(),
                    0.5, name(), List.of("counted"), List.of("no footprint")));
        }

        int total() {
            return calls.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    /** Default settings and no Altium libraries. */
    static final MappingContext CONTEXT = new MappingContext() {
        @Override
        public MigrationConfig config() {
            return MigrationConfig.defaults();
        }

        @Override
        public AltiumLibraryCatalog altiumLibraries() {
            return AltiumLibraries.empty();
        }
    };

    private static MappingInput input(int n) {
        return new MappingInput("T", "R" + n, "P.SchLib", List.of(new AltiumFootprint("F" + n, "F.PcbLib")), Map.of());
    }

    private SqliteCacheStore store() {
        return SqliteCacheStore.open(new CacheStoreSettings(dir, Duration.ofDays(1), false, "fp"));
    }

    @Test
    void eachDistinctInputReachesTheRulesOnceAcrossTwoRunsSharingAStoreDirectory() throws Exception {
        CountingRule rule = new CountingRule();
        List<MappingDecision> firstRun = new ArrayList<>();
        try (SqliteCacheStore store = store()) {
            MappingChain chain = new MappingChain(List.of(rule), CONTEXT, true, Optional.of(store));
            for (int repeat = 0; repeat < 3; repeat++) {
                for (int i = 0; i < 50; i++) {
                    firstRun.add(chain.decide(input(i)).decision());
                }
            }
            CacheStatistics stats = chain.statistics();
            assertThat(stats.hits()).isEqualTo(100);
            assertThat(stats.misses()).isEqualTo(50);
            assertThat(stats.persistentHits()).isZero();
            assertThat(stats.loadTime()).isPositive();
        }
        assertThat(rule.total()).isEqualTo(50);

        try (SqliteCacheStore store = store()) {
            MappingChain chain = new MappingChain(List.of(rule), CONTEXT, true, Optional.of(store));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<MappingDecision>> decisions = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int n = i;
                decisions.add(pool.submit(() -> chain.decide(input(n)).decision()));
                decisions.add(pool.submit(() -> chain.decide(input(n)).decision()));
            }
            for (int i = 0; i < 60; i++) {
                MappingDecision a = decisions.get(2 * i).get(30, TimeUnit.SECONDS);
                MappingDecision b = decisions.get(2 * i + 1).get(30, TimeUnit.SECONDS);
                assertThat(a).isEqualTo(b);
                if (i < 50) {
                    assertThat(a).isEqualTo(firstRun.get(i));
                }
            }
            pool.shutdown();
            CacheStatistics stats = chain.statistics();
            assertThat(stats.misses()).isEqualTo(60);
            assertThat(stats.hits()).isEqualTo(60);
            assertThat(stats.persistentHits()).isEqualTo(50);
        }
        assertThat(rule.total()).as("only the 10 new inputs reached the rule").isEqualTo(60);
        assertThat(rule.calls.values()).allMatch(c -> c.get() == 1);
    }

    @Test
    void withoutAMemoEveryLookupGoesToTheStore() {
        CountingRule rule = new CountingRule();
        try (SqliteCacheStore store = store()) {
            MappingChain chain = new MappingChain(List.of(rule), CONTEXT, false, Optional.of(store));
            chain.decide(input(1));
            chain.decide(input(1));
            chain.decide(input(2));
            assertThat(chain.statistics()).extracting(CacheStatistics::hits, CacheStatistics::misses,
                    CacheStatistics::persistentHits).containsExactly(0L, 3L, 1L);
        }
        assertThat(rule.total()).isEqualTo(2);
    }

    @Test
    void theExistingConstructorKeepsAMemoOnly() {
        CountingRule rule = new CountingRule();
        MappingChain chain = new MappingChain(List.of(rule), CONTEXT, true);
        chain.decide(input(1));
        chain.decide(input(1));
        assertThat(chain.statistics()).extracting(CacheStatistics::hits, CacheStatistics::misses,
                CacheStatistics::persistentHits).containsExactly(1L, 1L, 0L);
        assertThat(new MappingChain(List.of(rule), CONTEXT, false).statistics()).isEqualTo(CacheStatistics.none());
    }

    @Test
    void aFailingStoreIsTreatedAsEmpty() {
        CountingRule rule = new CountingRule();
        CacheStore broken = new CacheStore() {
            @Override
            public Optional<MappingDecision> get(MappingInput input) {
                throw new IllegalStateException("disk on fire");
            }

            @Override
            public void put(MappingInput input, MappingDecision decision) {
                throw new IllegalStateException("disk on fire");
            }

            @Override
            public void close() {
            }
        };
        MappingChain chain = new MappingChain(List.of(rule), CONTEXT, true, Optional.of(broken));

        assertThat(chain.decide(input(1)).decision().rule()).isEqualTo("counting");
        assertThat(chain.decide(input(2)).decision().rule()).isEqualTo("counting");
        assertThat(chain.statistics().persistentHits()).isZero();
    }
}
