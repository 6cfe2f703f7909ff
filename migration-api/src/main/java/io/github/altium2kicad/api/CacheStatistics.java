package io.github.altium2kicad.api;

import java.time.Duration;

/**
 * How the two levels of mapping cache did. Every decision lookup is answered by exactly one of: the in-memory memo
 * ({@link #hits}), the persistent store ({@link #persistentHits}, among the {@link #misses}) or the rules
 * ({@link #ruleEvaluations}). A warm rerun decides each distinct input once, so its memo ratio is low while its
 * persistent ratio is 100%: read both, never one for the other.
 *
 * @param hits             decisions answered from the in-memory memo
 * @param misses           decisions not in the memo
 * @param persistentHits   of the misses, those answered by the persistent store
 * @param evictions        memo entries evicted
 * @param loadTime         time spent computing or loading decisions on misses
 * @param distinctFootprints distinct Altium footprints ({@code .PcbLib} and name) among the parts the standard-library
 *                         rule decided (0 if it did not run)
 * @param footprintDecisions footprint-level decisions the standard-library rule computed: it decides each distinct
 *                         footprint (with family, package and mounting) once and the parts using it inherit the
 *                         decision, so this scales with {@code distinctFootprints}, not with the parts
 */
public record CacheStatistics(long hits, long misses, long persistentHits, long evictions, Duration loadTime,
                              long distinctFootprints, long footprintDecisions) {

    /** Statistics without footprint-level decisions (no standard-library rule ran). */
    public CacheStatistics(long hits, long misses, long persistentHits, long evictions, Duration loadTime) {
        this(hits, misses, persistentHits, evictions, loadTime, 0, 0);
    }

    /** No cache in use. */
    public static CacheStatistics none() {
        return new CacheStatistics(0, 0, 0, 0, Duration.ZERO);
    }

    /** These statistics with the standard-library rule's footprint-level counts. */
    public CacheStatistics withFootprintDecisions(long footprints, long decisions) {
        return new CacheStatistics(hits, misses, persistentHits, evictions, loadTime, footprints, decisions);
    }

    /** All lookups: {@code hits + misses}. */
    public long lookups() {
        return hits + misses;
    }

    /** Lookups the rules had to answer: memo misses the persistent store did not have. */
    public long ruleEvaluations() {
        return misses - persistentHits;
    }

    /** The in-memory memo's share of all lookups: {@code hits / (hits + misses)}, or 0 with no lookups. */
    public double memoHitRatio() {
        long total = lookups();
        return total == 0 ? 0 : (double) hits / total;
    }

    /** The persistent store's share of the memo misses: {@code persistentHits / misses}, or 0 with no misses. */
    public double persistentHitRatio() {
        return misses == 0 ? 0 : (double) persistentHits / misses;
    }

    /**
     * The memo's hit ratio, as {@link #memoHitRatio()}.
     *
     * @deprecated it reads 0% on a warm rerun that takes every decision from the persistent store; use
     *             {@link #memoHitRatio()} and {@link #persistentHitRatio()}
     */
    @Deprecated
    public double hitRatio() {
        return memoHitRatio();
    }
}
