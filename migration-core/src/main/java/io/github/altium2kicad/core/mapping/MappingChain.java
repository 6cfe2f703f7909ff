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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ordered chain of mapping rules: each rule answers or passes to the next, like an interceptor chain.
 * Decisions are looked up in two levels before the rules run: an in-memory Caffeine memo keyed by the
 * {@link MappingInput} (exactly what rules read), because real libraries repeat the same footprint and package
 * thousands of times, then an optional persistent {@link CacheStore} shared across runs. A decision the rules
 * compute is put into both. A failing store is treated as empty, with one warning.
 *
 * <p>A rule that throws is skipped: the next rule decides, and the {@link ChainDecision} carries the
 * {@link RuleFailure} for the caller to report and count. Such a decision stays out of the persistent store, so a
 * later run (with the rule fixed) decides the input again. Thread-safe.
 */
public final class MappingChain {

    private static final Logger LOG = LoggerFactory.getLogger(MappingChain.class);

    /** Distinct inputs kept in memory; beyond this the least useful are evicted. */
    public static final long DEFAULT_MEMO_SIZE = 200_000;

    private final List<MappingRule> rules;
    private final MappingContext context;
    private final Cache<MappingInput, ChainDecision> memo;
    private final Set<String> attributeColumns;
    private final CacheStore store;
    private final LongAdder unmemoizedLookups = new LongAdder();
    private final LongAdder persistentHits = new LongAdder();
    private final LongAdder loadNanos = new LongAdder();
    private final AtomicBoolean storeFailureReported = new AtomicBoolean();
    private final Set<String> failedRulesLogged = ConcurrentHashMap.newKeySet();

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
     * The decision for {@code input}: from the memo, else the persistent store, else the first rule that answers
     * (with the failure of a rule that threw before it).
     *
     * @throws MigrationException if every rule threw or passed
     */
    public ChainDecision decide(MappingInput input) {
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
    public List<ChainDecision> decideAll(List<MappingInput> inputs) {
        return decideAll(inputs, true);
    }

    /**
     * As {@link #decideAll(List)}; with {@code remember=false} the decisions are not kept in the in-memory memo (for
     * callers that decide each distinct input exactly once: the memo would only cost heap). The persistent store is
     * used either way.
     */
    public List<ChainDecision> decideAll(List<MappingInput> inputs, boolean remember) {
        Map<MappingInput, ChainDecision> known = new HashMap<>();
        Cache<MappingInput, ChainDecision> memo = remember ? this.memo : null;
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
                    Map<MappingInput, ChainDecision> stored = new HashMap<>();
                    storeGetAll(missing).forEach((input, decision) -> stored.put(input, ChainDecision.clean(decision)));
                    persistentHits.add(stored.size());
                    known.putAll(stored);
                    if (memo != null) {
                        memo.putAll(stored);
                    }
                }
                for (MappingInput input : missing) {
                    if (!known.containsKey(input)) {
                        ChainDecision decision = evaluate(input);
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
        List<ChainDecision> decisions = new ArrayList<>(inputs.size());
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

    /** A memo miss: the persistent store, else the rules (whose decision is then stored, unless a rule failed). */
    private ChainDecision load(MappingInput input) {
        long start = System.nanoTime();
        try {
            if (store == null) {
                return evaluate(input);
            }
            Optional<MappingDecision> stored = storeGet(input);
            if (stored.isPresent()) {
                persistentHits.increment();
                return ChainDecision.clean(stored.get());
            }
            ChainDecision decision = evaluate(input);
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

    /** Stores a decision no rule failed on: one standing in for a failed rule must be decided again next run. */
    private void storePut(MappingInput input, ChainDecision decision) {
        if (decision.failure().isPresent()) {
            return;
        }
        try {
            store.put(input, decision.decision());
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

    /** The first rule's answer; a rule that throws is skipped and its failure kept (the first one, if several). */
    private ChainDecision evaluate(MappingInput input) {
        RuntimeException firstException = null;
        RuleFailure failure = null;
        for (MappingRule rule : rules) {
            Optional<MappingDecision> decision;
            try {
                decision = rule.map(input, context);
            } catch (RuntimeException e) {
                RuleFailure failed = RuleFailure.of(rule, e);
                logFirstFailure(failed, input, e);
                if (failure == null) {
                    firstException = e;
                    failure = failed;
                }
                continue;
            }
            if (decision != null && decision.isPresent()) {
                return new ChainDecision(decision.get(), Optional.ofNullable(failure));
            }
        }
        if (failure != null) {
            throw MigrationException.failure("Mapping rule '" + failure.rule() + "' failed on a part of table '" + input.table()
                    + "' (Library Ref '" + input.libraryRef() + "') and no later rule answered: " + failure.cause(), firstException);
        }
        throw new IllegalStateException("no mapping rule answered for " + input + "; the chain must end with a rule that always answers");
    }

    /** Logs a rule's first failure, with its stack trace at debug level (the parts it fails on are reported without). */
    private void logFirstFailure(RuleFailure failure, MappingInput input, RuntimeException e) {
        if (failedRulesLogged.add(failure.rule())) {
            LOG.warn("Mapping rule '{}' failed on a part of table '{}' (Library Ref '{}'): {}; the next rule decides the parts "
                    + "it fails on, each is reported (further failures of this rule are not logged)", failure.rule(), input.table(),
                    input.libraryRef(), failure.cause());
            LOG.debug("Stack trace of the first failure of mapping rule '{}'", failure.rule(), e);
        }
    }

    /**
     * Cache statistics: memo hits and misses (without a memo, every lookup is a miss), persistent-store hits among
     * the misses, memo evictions, and the time spent on misses (store lookups and rules). All zero with neither a
     * memo nor a store.
     */
    public CacheStatistics statistics() {
        FootprintDecisionCounts counts = footprintDecisionCounts();
        if (memo == null && store == null) {
            return CacheStatistics.none().withFootprintDecisions(counts.footprints(), counts.decisions());
        }
        Duration loadTime = Duration.ofNanos(loadNanos.sum());
        if (memo == null) {
            return new CacheStatistics(0, unmemoizedLookups.sum(), persistentHits.sum(), 0, loadTime,
                    counts.footprints(), counts.decisions());
        }
        CacheStats s = memo.stats();
        return new CacheStatistics(s.hitCount(), s.missCount() + unmemoizedLookups.sum(), persistentHits.sum(),
                s.evictionCount(), loadTime, counts.footprints(), counts.decisions());
    }

    /** The footprint-level decisions of the chain's rules that decide per Altium footprint (the standard rule). */
    public FootprintDecisionCounts footprintDecisionCounts() {
        FootprintDecisionCounts counts = FootprintDecisionCounts.NONE;
        for (MappingRule rule : rules) {
            if (rule instanceof FootprintDecisionCounts.Source source) {
                counts = counts.plus(source.footprintDecisionCounts());
            }
        }
        return counts;
    }
}
