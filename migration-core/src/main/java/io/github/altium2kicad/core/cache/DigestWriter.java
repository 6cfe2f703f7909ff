package io.github.altium2kicad.core.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Feeds typed values to SHA-256 in an unambiguous encoding, so that distinct sequences of values never produce
 * the same byte stream: a string is {@code 0x00} for {@code null}, else {@code 0x01}, its length in UTF-16 code
 * units (4 bytes, big-endian) and its code units (UTF-16BE, exactly as held, no normalization); an integer is
 * 4 bytes big-endian. The first value written is a domain label naming what is digested and its format version.
 */
final class DigestWriter {

    private final MessageDigest digest;

    DigestWriter(String domain) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        string(domain);
    }

    DigestWriter string(String value) {
        if (value == null) {
            digest.update((byte) 0);
            return this;
        }
        digest.update((byte) 1);
        integer(value.length());
        digest.update(value.getBytes(StandardCharsets.UTF_16BE));
        return this;
    }

    DigestWriter integer(int value) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value).array());
        return this;
    }

    /** The digest; the writer must not be used afterwards. */
    byte[] finish() {
        return digest.digest();
    }

    /** The digest in lower-case hex. */
    String finishHex() {
        return HexFormat.of().formatHex(finish());
    }
}
