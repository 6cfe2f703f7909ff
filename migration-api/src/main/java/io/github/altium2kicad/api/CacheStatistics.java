package io.github.altium2kicad.api;

import java.time.Duration;

/**
 * How the mapping caches did.
 *
 * @param hits             decisions answered from the in-memory memo
 * @param misses           decisions not in the memo
 * @param persistentHits   of the misses, those answered by the persistent store
 * @param evictions        memo entries evicted
 * @param loadTime         time spent computing or loading decisions on misses
 */
public record CacheStatistics(long hits, long misses, long persistentHits, long evictions, Duration loadTime) {

    /** No cache in use. */
    public static CacheStatistics none() {
        return new CacheStatistics(0, 0, 0, 0, Duration.ZERO);
    }

    /** hits / (hits + misses), or 0 with no lookups. */
    public double hitRatio() {
        long total = hits + misses;
        return total == 0 ? 0 : (double) hits / total;
    }
}
