package io.github.altium2kicad.core.internal.cache;

import io.github.altium2kicad.api.cache.CacheStore;
import io.github.altium2kicad.api.cache.CacheStoreProvider;
import io.github.altium2kicad.api.cache.CacheStoreSettings;

/**
 * The built-in cache store provider: {@link SqliteCacheStore}. It is used only when no other
 * {@link CacheStoreProvider} is on the class path (see {@link MappingCaches#select}).
 */
public final class SqliteCacheStoreProvider implements CacheStoreProvider {

    /** The provider's name. */
    public static final String NAME = "sqlite";

    /** The built-in store: any provider found beside it replaces it. */
    @Override
    public int priority() {
        return BUILT_IN_PRIORITY;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CacheStore open(CacheStoreSettings settings) {
        return SqliteCacheStore.open(settings);
    }

    /** Deletes {@code mapping-cache.sqlite} with its WAL, shared-memory and moved-aside damaged copies. */
    @Override
    public long clear(java.nio.file.Path cacheDirectory) {
        try {
            return SqliteCacheFile.clear(cacheDirectory);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot clear the mapping cache in " + cacheDirectory + ": " + e.getMessage(), e);
        }
    }
}
