package io.github.altium2kicad.api.cache;

/**
 * Opens a {@link CacheStore}. Found with {@link java.util.ServiceLoader}; a user-supplied provider replaces the
 * built-in on-disk store.
 */
public interface CacheStoreProvider {

    /** A short name for messages. */
    String name();

    /** Priority of the built-in on-disk store; any provider above it replaces it. */
    int BUILT_IN_PRIORITY = 0;

    /**
     * Which provider on the class path is used: the one of highest priority (the first in class path order among
     * equals). The default, {@value #DEFAULT_PRIORITY}, is above the built-in store's {@link #BUILT_IN_PRIORITY}, so
     * a user-supplied provider replaces it.
     */
    default int priority() {
        return DEFAULT_PRIORITY;
    }

    /** The priority of a provider that does not say otherwise. */
    int DEFAULT_PRIORITY = 100;

    /** Opens (creating if needed) the store. */
    CacheStore open(CacheStoreSettings settings);

    /**
     * Deletes every cached decision of the store kept in {@code cacheDirectory}, for all fingerprints (the
     * {@code cache clear} command). The default refuses: a provider that can clear overrides it.
     *
     * @return how many files or entries were removed (0 if there was no cache)
     * @throws UnsupportedOperationException if this provider cannot clear its store
     */
    default long clear(java.nio.file.Path cacheDirectory) {
        throw new UnsupportedOperationException("The mapping cache provider '" + name() + "' cannot clear its store; "
                + "clear it with the provider's own tools");
    }
}
