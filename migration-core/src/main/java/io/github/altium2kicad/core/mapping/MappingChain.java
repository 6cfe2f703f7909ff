package io.github.altium2kicad.core.mapping;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.github.altium2kicad.api.CacheStatistics;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ordered chain of mapping rules: each rule answers or passes to the next, like an interceptor chain.
 * Decisions are memoized in memory with Caffeine, keyed by the {@link MappingInput} (exactly what rules read),
 * because real libraries repeat the same footprint and package thousands of times. Thread-safe.
 */
public final class MappingChain {

    /** Distinct inputs kept in memory; beyond this the least useful are evicted. */
    public static final long DEFAULT_MEMO_SIZE = 200_000;

    private final List<MappingRule> rules;
    private final MappingContext context;
    private final Cache<MappingInput, MappingDecision> memo;
    private final Set<String> attributeColumns;

    /**
     * @param rules   the rules in order; the last must always answer (e.g. {@link PreserveRule})
     * @param context what the rules may consult
     * @param memoize whether to memoize decisions
     */
    public MappingChain(List<MappingRule> rules, MappingContext context, boolean memoize) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a mapping chain needs at least one rule");
        }
        this.rules = List.copyOf(rules);
        this.context = context;
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
     * The decision for {@code input}: memoized, else from the first rule that answers.
     *
     * @throws MigrationException naming the rule if a rule fails
     */
    public MappingDecision decide(MappingInput input) {
        return memo == null ? evaluate(input) : memo.get(input, this::evaluate);
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

    /** Memo statistics (all zero without memoization). */
    public CacheStatistics statistics() {
        if (memo == null) {
            return CacheStatistics.none();
        }
        CacheStats s = memo.stats();
        return new CacheStatistics(s.hitCount(), s.missCount(), 0, s.evictionCount(), Duration.ofNanos(s.totalLoadTime()));
    }
}
