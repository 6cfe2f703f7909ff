package io.github.altium2kicad.core.cache;

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

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CacheStore open(CacheStoreSettings settings) {
        return SqliteCacheStore.open(settings);
    }
}
