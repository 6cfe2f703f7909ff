package io.github.altium2kicad.api.cache;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a {@link CacheStore} is to be opened.
 *
 * @param directory   {@code cache_directory}
 * @param expiration  {@code cache_expiration}: entries older than this are treated as missing
 * @param compression {@code cache_compression}
 * @param fingerprint a digest of everything that decides a mapping (rules, their files, the KiCad library index,
 *                    the mapping settings); entries stored under another fingerprint must not be returned
 */
public record CacheStoreSettings(Path directory, Duration expiration, boolean compression, String fingerprint) {
}
