package io.github.altium2kicad.core.internal.nativelib;

import io.github.altium2kicad.core.internal.cache.CacheFingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What tells whether an Altium library file changed since it was converted: its size and modification time, and its
 * SHA-256 (read again only when the time differs).
 *
 * @param size     bytes
 * @param modified milliseconds since the epoch
 * @param sha256   hex digest of the content
 */
record SourceFingerprint(long size, long modified, String sha256) {

    /** The fingerprint of {@code file} now, with its digest. */
    static SourceFingerprint of(Path file) throws IOException {
        return new SourceFingerprint(Files.size(file), Files.getLastModifiedTime(file).toMillis(),
                CacheFingerprint.contentDigest(file));
    }

    /**
     * Whether {@code file} still has this content: same size and time (not read), or same size and digest (the file
     * was copied or touched without changing).
     */
    boolean matches(Path file) throws IOException {
        if (Files.size(file) != size) {
            return false;
        }
        return Files.getLastModifiedTime(file).toMillis() == modified || CacheFingerprint.contentDigest(file).equals(sha256);
    }
}
