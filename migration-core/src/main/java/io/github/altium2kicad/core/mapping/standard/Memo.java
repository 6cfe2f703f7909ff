package io.github.altium2kicad.core.mapping.standard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.Objects;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of a pure function whose results are immutable: the standard-library rule reads the
 * same texts (table names, Library Refs, footprint names, package texts, descriptions) for many parts.
 *
 * @param <K> the argument, never {@code null}
 * @param <V> the result, never {@code null}
 */
final class Memo<K, V> {

    private final Cache<K, V> cache;
    private final Function<K, V> function;

    /**
     * A memo of {@code function} keeping at most about {@code maximumSize} results. The cache's upkeep (eviction)
     * runs in the calling thread: handing it to the common pool costs more than it does when most lookups miss.
     */
    Memo(long maximumSize, Function<K, V> function) {
        this.cache = Caffeine.newBuilder().maximumSize(maximumSize).executor(Runnable::run).build();
        this.function = Objects.requireNonNull(function, "function");
    }

    /** {@code function.apply(key)}, computed once while it stays memoized. */
    V apply(K key) {
        return cache.get(key, function);
    }
}
