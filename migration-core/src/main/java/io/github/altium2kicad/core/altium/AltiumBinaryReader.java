package io.github.altium2kicad.core.altium;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the little-endian records Altium writes inside the streams of its compound files. Every read checks the
 * bounds and throws {@link IllegalStateException} on data that does not fit, so a damaged file is reported, never
 * read past its end.
 */
final class AltiumBinaryReader {

    /** Altium's 8-bit text encoding. */
    static final Charset WINDOWS_1252 = windows1252();

    private final byte[] data;
    private int pos;

    AltiumBinaryReader(byte[] data) {
        this.data = data;
    }

    private static Charset windows1252() {
        try {
            return Charset.forName("windows-1252");
        } catch (RuntimeException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    int remaining() {
        return data.length - pos;
    }

    private void need(long n, String what) {
        if (n < 0 || n > remaining()) {
            throw new IllegalStateException(what + " of " + n + " bytes at offset " + pos + " runs past the end of the "
                    + data.length + "-byte stream");
        }
    }

    /** An unsigned 32-bit little-endian integer. */
    long uint32() {
        need(4, "an integer");
        long v = (data[pos] & 0xFFL) | (data[pos + 1] & 0xFFL) << 8 | (data[pos + 2] & 0xFFL) << 16
                | (data[pos + 3] & 0xFFL) << 24;
        pos += 4;
        return v;
    }

    int uint8() {
        need(1, "a byte");
        return data[pos++] & 0xFF;
    }

    /**
     * A property list: a 32-bit length (whose top byte flags binary content), then {@code |KEY=VALUE|…} text
     * ending in a NUL byte. Keys are returned upper-case (Altium writes them in either case); a key written
     * {@code %UTF8%KEY} holds the UTF-8 form of {@code KEY}'s value.
     */
    Map<String, String> properties() {
        long header = uint32();
        long length = header & 0x00FFFFFFL;
        need(length, "a property list");
        boolean binary = (header & 0xFF000000L) != 0;
        int start = pos;
        pos += (int) length;
        Map<String, String> out = new LinkedHashMap<>();
        if (binary) {
            return out;
        }
        int end = start + (int) length;
        if (end > start && data[end - 1] == 0) {
            end--;
        }
        int i = start;
        while (i < end) {
            int bar = indexOf((byte) '|', i, end);
            int next = bar < 0 ? end : bar;
            if (next > i) {
                int eq = indexOf((byte) '=', i, next);
                if (eq > i) {
                    String key = new String(data, i, eq - i, StandardCharsets.ISO_8859_1).strip().toUpperCase(Locale.ROOT);
                    Charset charset = key.startsWith("%UTF8%") ? StandardCharsets.UTF_8 : WINDOWS_1252;
                    out.put(key, new String(data, eq + 1, next - eq - 1, charset).strip());
                }
            }
            i = next + 1;
        }
        return out;
    }

    /** A block (32-bit length) holding a string prefixed by its 8-bit length. */
    String stringBlock() {
        long length = uint32() & 0x00FFFFFFL;
        need(length, "a string block");
        int end = pos + (int) length;
        int size = uint8();
        if (size > end - pos) {
            throw new IllegalStateException("a string of " + size + " bytes does not fit its " + length + "-byte block");
        }
        String s = new String(data, pos, size, WINDOWS_1252);
        pos = end;
        return s;
    }

    /** A string prefixed by its 32-bit length, which includes a terminating NUL byte. */
    String pascalString() {
        long length = uint32();
        need(length, "a string");
        int size = (int) length;
        int textSize = size > 0 && data[pos + size - 1] == 0 ? size - 1 : size;
        String s = new String(data, pos, textSize, WINDOWS_1252);
        pos += size;
        return s;
    }

    private int indexOf(byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
