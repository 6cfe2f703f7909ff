package io.github.altium2kicad.api.cache;

/**
 * Opens a {@link CacheStore}. Found with {@link java.util.ServiceLoader}; a user-supplied provider replaces the
 * built-in on-disk store.
 */
public interface CacheStoreProvider {

    /** A short name for messages. */
    String name();

    /** Opens (creating if needed) the store. */
    CacheStore open(CacheStoreSettings settings);
}
