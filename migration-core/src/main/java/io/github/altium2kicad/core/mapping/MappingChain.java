package io.github.altium2kicad.core.mapping;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.github.altium2kicad.api.CacheStatistics;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.cache.CacheStore;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ordered chain of mapping rules: each rule answers or passes to the next, like an interceptor chain.
 * Decisions are looked up in two levels before the rules run: an in-memory Caffeine memo keyed by the
 * {@link MappingInput} (exactly what rules read), because real libraries repeat the same footprint and package
 * thousands of times, then an optional persistent {@link CacheStore} shared across runs. A decision the rules
 * compute is put into both. A failing store is treated as empty, with one warning. Thread-safe.
 */
public final class MappingChain {

    private static final Logger LOG = LoggerFactory.getLogger(MappingChain.class);

    /** Distinct inputs kept in memory; beyond this the least useful are evicted. */
    public static final long DEFAULT_MEMO_SIZE = 200_000;

    private final List<MappingRule> rules;
    private final MappingContext context;
    private final Cache<MappingInput, MappingDecision> memo;
    private final Set<String> attributeColumns;
    private final CacheStore store;
    private final LongAdder unmemoizedLookups = new LongAdder();
    private final LongAdder persistentHits = new LongAdder();
    private final LongAdder loadNanos = new LongAdder();
    private final AtomicBoolean storeFailureReported = new AtomicBoolean();

    /**
     * A chain without a persistent store.
     *
     * @param rules   the rules in order; the last must always answer (e.g. {@link PreserveRule})
     * @param context what the rules may consult
     * @param memoize whether to memoize decisions
     */
    public MappingChain(List<MappingRule> rules, MappingContext context, boolean memoize) {
        this(rules, context, memoize, Optional.empty());
    }

    /**
     * A chain with a persistent store behind the memo.
     *
     * @param rules   the rules in order; the last must always answer (e.g. {@link PreserveRule})
     * @param context what the rules may consult
     * @param memoize whether to memoize decisions in memory
     * @param store   the persistent store consulted on memo misses; the caller closes it after the run
     */
    public MappingChain(List<MappingRule> rules, MappingContext context, boolean memoize, Optional<CacheStore> store) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a mapping chain needs at least one rule");
        }
        this.rules = List.copyOf(rules);
        this.context = context;
        this.store = store.orElse(null);
        this.memo = memoize ? Caffeine.newBuilder().maximumSize(DEFAULT_MEMO_SIZE).recordStats().build() : null;
        this.attributeColumns = attributeColumnsOf(rules);
    }

    /** The union of the attribute columns {@code rules} read. */
    public static Set<String> attributeColumnsOf(List<MappingRule> rules) {
        Set<String> columns = new LinkedHashSet<>();
        rules.forEach(r -> columns.addAll(r.attributeColumns()));
        return Set.copyOf(columns);
    }

    /** The union of the columns the rules read besides the references. */
    public Set<String> attributeColumns() {
        return attributeColumns;
    }

    /** The rules in order. */
    public List<MappingRule> rules() {
        return rules;
    }

    /**
     * The decision for {@code input}: from the memo, else the persistent store, else the first rule that answers.
     *
     * @throws MigrationException naming the rule if a rule fails
     */
    public MappingDecision decide(MappingInput input) {
        if (memo != null) {
            return memo.get(input, this::load);
        }
        unmemoizedLookups.increment();
        return load(input);
    }

    /**
     * The decisions for several inputs, in order: memoized ones first, then the persistent store in one batched
     * lookup, then the rules for the rest. The same decisions as {@link #decide} for each, with fewer store queries;
     * unlike {@link #decide}, two threads deciding the same new input at the same moment may both run the rules.
     */
    public List<MappingDecision> decideAll(List<MappingInput> inputs) {
        return decideAll(inputs, true);
    }

    /**
     * As {@link #decideAll(List)}; with {@code remember=false} the decisions are not kept in the in-memory memo (for
     * callers that decide each distinct input exactly once: the memo would only cost heap). The persistent store is
     * used either way.
     */
    public List<MappingDecision> decideAll(List<MappingInput> inputs, boolean remember) {
        Map<MappingInput, MappingDecision> known = new HashMap<>();
        Cache<MappingInput, MappingDecision> memo = remember ? this.memo : null;
        if (memo != null) {
            known.putAll(memo.getAllPresent(inputs));
        } else {
            unmemoizedLookups.add(inputs.size());
        }
        List<MappingInput> missing = inputs.stream().filter(i -> !known.containsKey(i)).distinct().toList();
        if (!missing.isEmpty()) {
            long start = System.nanoTime();
            try {
                if (store != null) {
                    Map<MappingInput, MappingDecision> stored = storeGetAll(missing);
                    persistentHits.add(stored.size());
                    known.putAll(stored);
                    if (memo != null) {
                        memo.putAll(stored);
                    }
                }
                for (MappingInput input : missing) {
                    if (!known.containsKey(input)) {
                        MappingDecision decision = evaluate(input);
                        known.put(input, decision);
                        if (memo != null) {
                            memo.put(input, decision);
                        }
                        if (store != null) {
                            storePut(input, decision);
                        }
                    }
                }
            } finally {
                loadNanos.add(System.nanoTime() - start);
            }
        }
        List<MappingDecision> decisions = new ArrayList<>(inputs.size());
        for (MappingInput input : inputs) {
            decisions.add(known.get(input));
        }
        return decisions;
    }

    private Map<MappingInput, MappingDecision> storeGetAll(List<MappingInput> inputs) {
        try {
            return store.getAll(inputs);
        } catch (RuntimeException e) {
            storeFailed("reading", e);
            return Map.of();
        }
    }

    /** A memo miss: the persistent store, else the rules (whose decision is then stored). */
    private MappingDecision load(MappingInput input) {
        long start = System.nanoTime();
        try {
            if (store == null) {
                return evaluate(input);
            }
            Optional<MappingDecision> stored = storeGet(input);
            if (stored.isPresent()) {
                persistentHits.increment();
                return stored.get();
            }
            MappingDecision decision = evaluate(input);
            storePut(input, decision);
            return decision;
        } finally {
            loadNanos.add(System.nanoTime() - start);
        }
    }

    private Optional<MappingDecision> storeGet(MappingInput input) {
        try {
            Optional<MappingDecision> stored = store.get(input);
            return stored == null ? Optional.empty() : stored;
        } catch (RuntimeException e) {
            storeFailed("reading", e);
            return Optional.empty();
        }
    }

    private void storePut(MappingInput input, MappingDecision decision) {
        try {
            store.put(input, decision);
        } catch (RuntimeException e) {
            storeFailed("writing", e);
        }
    }

    private void storeFailed(String what, RuntimeException e) {
        if (storeFailureReported.compareAndSet(false, true)) {
            LOG.warn("The persistent mapping cache {} failed {} a decision ({}); treating it as a miss (further failures "
                    + "are not reported)", store, what, e.toString());
        }
    }

    private MappingDecision evaluate(MappingInput input) {
        for (MappingRule rule : rules) {
            Optional<MappingDecision> decision;
            try {
                decision = rule.map(input, context);
            } catch (RuntimeException e) {
                throw MigrationException.failure("Mapping rule '" + rule.name() + "' failed on a part of table '"
                        + input.table() + "' (Library Ref '" + input.libraryRef() + "'): " + e, e);
            }
            if (decision != null && decision.isPresent()) {
                return decision.get();
            }
        }
        throw new IllegalStateException("no mapping rule answered for " + input + "; the chain must end with a rule that always answers");
    }

    /**
     * Cache statistics: memo hits and misses (without a memo, every lookup is a miss), persistent-store hits among
     * the misses, memo evictions, and the time spent on misses (store lookups and rules). All zero with neither a
     * memo nor a store.
     */
    public CacheStatistics statistics() {
        if (memo == null && store == null) {
            return CacheStatistics.none();
        }
        Duration loadTime = Duration.ofNanos(loadNanos.sum());
        if (memo == null) {
            return new CacheStatistics(0, unmemoizedLookups.sum(), persistentHits.sum(), 0, loadTime);
        }
        CacheStats s = memo.stats();
        return new CacheStatistics(s.hitCount(), s.missCount() + unmemoizedLookups.sum(), persistentHits.sum(),
                s.evictionCount(), loadTime);
    }
}
