package io.github.altium2kicad.core.internal.cache;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.cache.CacheStore;
import io.github.altium2kicad.api.cache.CacheStoreProvider;
import io.github.altium2kicad.api.cache.CacheStoreSettings;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the persistent mapping cache of a migration.
 *
 * <p>Provider selection: the {@link CacheStoreProvider}s found with {@link ServiceLoader} (the thread's context
 * class loader) are taken in class path order; the first one that is not the built-in
 * {@link SqliteCacheStoreProvider} wins, so putting a provider on the class path replaces the built-in store.
 * If several non-built-in providers are present, the first wins and a warning names the others. With none, the
 * built-in store is used (also when its service file is missing). A provider that cannot be loaded is skipped
 * with a warning.
 *
 * <pre>{@code
 * try (CacheStore store = MappingCaches.open(config, fingerprint).orElse(null)) {
 *     MappingChain chain = new MappingChain(rules, context, true, Optional.ofNullable(store));
 *     …
 * }
 * }</pre>
 */
public final class MappingCaches {

    private static final Logger LOG = LoggerFactory.getLogger(MappingCaches.class);

    private MappingCaches() {
    }

    /**
     * The persistent store for {@code config}'s {@code cache_directory}, {@code cache_expiration} and
     * {@code cache_compression}, under {@code fingerprint} (see {@link CacheFingerprint}); empty when
     * {@code enable_caching} is off, or (with a warning) when the store cannot be opened, so that the run goes on
     * without it. The caller closes the store after the run.
     */
    public static Optional<CacheStore> open(MigrationConfig config, String fingerprint) {
        if (!config.enableCaching()) {
            return Optional.empty();
        }
        return open(config, fingerprint, discover());
    }

    /**
     * Deletes every cached decision in {@code config}'s {@code cache_directory} (all fingerprints), using the provider
     * that {@link #open} would use, each table's decisions ({@link DecisionSnapshots}) and what was read from the Altium
     * library files ({@link AltiumContentsCache}): the next migration decides every part again.
     *
     * <pre>{@code
     * long removed = MappingCaches.clear(MigrationConfig.builder().cacheDirectory(Path.of("cache")).build());
     * }</pre>
     *
     * @return how many files or entries the provider removed (0 if there was no cache)
     * @throws io.github.altium2kicad.api.MigrationException (failure) if the cache cannot be cleared, naming the folder
     */
    public static long clear(MigrationConfig config) {
        return clear(config, select(discover()));
    }

    /** As {@link #clear(MigrationConfig)}, with {@code provider} instead of the one found on the class path. */
    public static long clear(MigrationConfig config, CacheStoreProvider provider) {
        try {
            return provider.clear(config.cacheDirectory()) + AltiumContentsCache.clear(config.cacheDirectory())
                    + DecisionSnapshots.clear(config.cacheDirectory());
        } catch (RuntimeException | java.io.IOException e) {
            throw io.github.altium2kicad.api.MigrationException.failure("Cannot clear the mapping cache in "
                    + config.cacheDirectory() + " (provider '" + provider.name() + "'): " + e.getMessage(), e);
        }
    }

    /** As {@link #open(MigrationConfig, String)}, with {@code provider} instead of the one found on the class path. */
    public static Optional<CacheStore> open(MigrationConfig config, String fingerprint, CacheStoreProvider provider) {
        return open(config, fingerprint, List.of(provider));
    }

    /** As {@link #open(MigrationConfig, String)}, choosing among the given providers. */
    static Optional<CacheStore> open(MigrationConfig config, String fingerprint, List<CacheStoreProvider> providers) {
        if (!config.enableCaching()) {
            return Optional.empty();
        }
        CacheStoreProvider provider = select(providers);
        CacheStoreSettings settings = new CacheStoreSettings(config.cacheDirectory(), config.cacheExpiration(),
                config.cacheCompression(), fingerprint);
        try {
            return Optional.of(provider.open(settings));
        } catch (RuntimeException e) {
            LOG.warn("Cannot open the mapping cache in {} (provider '{}'): {}; continuing without a persistent cache",
                    config.cacheDirectory(), provider.name(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The provider to use: the first of the highest {@link CacheStoreProvider#priority()} (a user-supplied provider
     * over the built-in one), else the built-in one.
     *
     * @param providers in class path order
     */
    public static CacheStoreProvider select(List<CacheStoreProvider> providers) {
        if (providers.isEmpty()) {
            return new SqliteCacheStoreProvider();
        }
        int top = providers.stream().mapToInt(CacheStoreProvider::priority).max().getAsInt();
        List<CacheStoreProvider> highest = providers.stream().filter(p -> p.priority() == top).toList();
        CacheStoreProvider chosen = highest.get(0);
        if (highest.size() > 1) {
            LOG.warn("Several mapping cache providers are on the class path: {}; using '{}' ({}), the first one",
                    highest.stream().map(p -> p.name() + " (" + p.getClass().getName() + ")").toList(),
                    chosen.name(), chosen.getClass().getName());
        }
        return chosen;
    }

    private static List<CacheStoreProvider> discover() {
        List<CacheStoreProvider> providers = new ArrayList<>();
        Iterator<CacheStoreProvider> it = ServiceLoader.load(CacheStoreProvider.class).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                providers.add(it.next());
            } catch (ServiceConfigurationError e) {
                LOG.warn("Skipping a mapping cache provider that cannot be loaded: {}", e.getMessage());
            }
        }
        return providers;
    }
}
