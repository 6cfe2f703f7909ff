package io.github.altium2kicad.core.internal.cache;

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

    /** Never updated, only cloned: {@link MessageDigest#getInstance} looks the provider up on every call. */
    private static final MessageDigest PROTOTYPE = sha256();

    private final MessageDigest digest;
    private final byte[] scratch = new byte[512];

    DigestWriter(String domain) {
        digest = fresh();
        string(domain);
    }

    private DigestWriter(MessageDigest digest) {
        this.digest = digest;
    }

    /**
     * A writer that continues from what this one has written so far, leaving this one as it is: a prefix shared by
     * many digests (a label and a long fingerprint) is then fed once. Safe to call from several threads at once as
     * long as this writer is no longer written to.
     */
    DigestWriter copy() {
        try {
            return new DigestWriter((MessageDigest) digest.clone());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the SHA-256 implementation cannot be cloned", e);
        }
    }

    private static MessageDigest fresh() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    DigestWriter string(String value) {
        if (value == null) {
            digest.update((byte) 0);
            return this;
        }
        digest.update((byte) 1);
        integer(value.length());
        utf16be(value);
        return this;
    }

    DigestWriter integer(int value) {
        scratch[0] = (byte) (value >>> 24);
        scratch[1] = (byte) (value >>> 16);
        scratch[2] = (byte) (value >>> 8);
        scratch[3] = (byte) value;
        digest.update(scratch, 0, Integer.BYTES);
        return this;
    }

    /**
     * The bytes {@code value.getBytes(UTF_16BE)} gives (each char as two bytes, a surrogate without its partner as
     * U+FFFD, as the JDK's encoder replaces it), without the JDK encoder's per-call set-up, which made key digests
     * a hot spot of the mapping.
     */
    private void utf16be(String value) {
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
                        : i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
                if (!paired) {
                    c = '\uFFFD';
                }
            }
            if (n + 2 > scratch.length) {
                digest.update(scratch, 0, n);
                n = 0;
            }
            scratch[n++] = (byte) (c >>> 8);
            scratch[n++] = (byte) c;
        }
        digest.update(scratch, 0, n);
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
