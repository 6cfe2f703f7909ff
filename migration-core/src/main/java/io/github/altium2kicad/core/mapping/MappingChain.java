package io.github.altium2kicad.core.mapping;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.github.altium2kicad.api.CacheStatistics;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.cache.CacheStore;
import io.github.altium2kicad.api.mapping.MappingContext;
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
import java.util.concurrent.atomic.LongAdder;

/**
 * The ordered chain of mapping rules: each rule answers or passes to the next, like an interceptor chain.
 * Decisions are looked up before the rules run: in an in-memory Caffeine memo keyed by the {@link MappingInput}
 * (exactly what rules read), because real libraries repeat the same footprint and package thousands of times; then by
 * the links behind it: an optional {@link PersistentCacheLink} (a {@link CacheStore} shared across runs) in front of
 * the {@link RuleLinks}. A decision the rules compute is put into the memo and the store.
 *
 * <p>A rule that throws is skipped: the next rule decides, and the {@link ChainDecision} carries the
 * {@link RuleFailure} for the caller to report and count. Such a decision stays out of the persistent store, so a
 * later run (with the rule fixed) decides the input again. Thread-safe.
 */
public final class MappingChain {

    /** Distinct inputs kept in memory; beyond this the least useful are evicted. */
    public static final long DEFAULT_MEMO_SIZE = 200_000;

    private final List<MappingRule> rules;
    private final Cache<MappingInput, ChainDecision> memo;
    private final Set<String> attributeColumns;
    private final PersistentCacheLink cache;
    private final DecisionLink links;
    private final LongAdder unmemoizedLookups = new LongAdder();
    private final LongAdder loadNanos = new LongAdder();
    private final LongAdder restoredHits = new LongAdder();

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
        RuleLinks ruleLinks = new RuleLinks(this.rules, context);
        this.cache = store.map(s -> new PersistentCacheLink(s, ruleLinks)).orElse(null);
        this.links = cache != null ? cache : ruleLinks;
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
                Map<MappingInput, ChainDecision> decided = links.decideAll(missing);
                known.putAll(decided);
                if (memo != null) {
                    memo.putAll(decided);
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

    /**
     * Counts inputs whose decisions a caller restored from the persistent cache's table decisions without asking the
     * chain: in the statistics they are looked up and answered by the persistent store, as they would have been.
     */
    public void countRestored(long inputs) {
        unmemoizedLookups.add(inputs);
        restoredHits.add(inputs);
    }

    /** A memo miss: the links behind the memo (the persistent store, else the rules). */
    private ChainDecision load(MappingInput input) {
        long start = System.nanoTime();
        try {
            return links.decide(input);
        } finally {
            loadNanos.add(System.nanoTime() - start);
        }
    }

    /**
     * Cache statistics: memo hits and misses (without a memo, every lookup is a miss), persistent-store hits among
     * the misses, memo evictions, and the time spent on misses (store lookups and rules). All zero with neither a
     * memo nor a store.
     */
    public CacheStatistics statistics() {
        FootprintDecisionCounts counts = footprintDecisionCounts();
        if (memo == null && cache == null) {
            return CacheStatistics.none().withFootprintDecisions(counts.footprints(), counts.decisions());
        }
        Duration loadTime = Duration.ofNanos(loadNanos.sum());
        long persistentHits = (cache == null ? 0 : cache.hits()) + restoredHits.sum();
        if (memo == null) {
            return new CacheStatistics(0, unmemoizedLookups.sum(), persistentHits, 0, loadTime,
                    counts.footprints(), counts.decisions());
        }
        CacheStats s = memo.stats();
        return new CacheStatistics(s.hitCount(), s.missCount() + unmemoizedLookups.sum(), persistentHits,
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
