package io.github.altium2kicad.testkit.altium;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One Altium property-list record: a 4-byte little-endian header (24-bit length, then a type byte, 0 for text)
 * followed by {@code |KEY=value|KEY=value…} and a NUL, as Altium writes {@code FileHeader}, {@code SectionKeys},
 * a symbol's first {@code Data} record and a footprint's {@code Parameters}. Keys keep their order and spelling.
 * Values are held byte for byte (decoded as ISO-8859-1, the way KiCad's importer reads them), so whatever code page
 * the writer used survives a round trip. Mutable, as a builder for one record.
 */
final class PropertyRecord {

    private final Map<String, String> properties = new LinkedHashMap<>();

    private PropertyRecord() {
    }

    /** An empty record. */
    static PropertyRecord empty() {
        return new PropertyRecord();
    }

    /** The record at the start of {@code bytes}. */
    static PropertyRecord parse(byte[] bytes) {
        int length = recordLength(bytes, 0);
        String text = new String(bytes, 4, length, StandardCharsets.ISO_8859_1);
        if (text.endsWith("\0")) {
            text = text.substring(0, text.length() - 1);
        }
        PropertyRecord record = new PropertyRecord();
        for (String token : text.split("\\|")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                record.properties.put(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        return record;
    }

    /** The length field of the record starting at {@code offset} (without its 4 header bytes). */
    static int recordLength(byte[] bytes, int offset) {
        if (bytes.length < offset + 4) {
            throw new IllegalArgumentException("not an Altium record: " + (bytes.length - offset) + " bytes");
        }
        int length = (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8 | (bytes[offset + 2] & 0xFF) << 16;
        if (offset + 4 + length > bytes.length) {
            throw new IllegalArgumentException("Altium record of " + length + " bytes runs past the stream end");
        }
        return length;
    }

    /** The value of {@code key}, found ignoring case (as KiCad and Altium do), or null. */
    String get(String key) {
        String found = properties.get(key);
        if (found != null) {
            return found;
        }
        for (Map.Entry<String, String> e : properties.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The keys as written. */
    List<String> keys() {
        return new ArrayList<>(properties.keySet());
    }

    /** Sets {@code key} to raw (ISO-8859-1 held) {@code value}, keeping the spelling and place of an existing key. */
    PropertyRecord putRaw(String key, String value) {
        String existing = existingKey(key);
        properties.put(existing != null ? existing : key, value);
        return this;
    }

    /**
     * Sets {@code key} to {@code text} the way Altium writes text: the bytes in {@code ansi} (the code page of the
     * machine that saved the file) and, when the text is not plain ASCII, also {@code %UTF8%key} with its UTF-8 bytes.
     */
    PropertyRecord putText(String key, String text, Charset ansi) {
        putRaw(key, raw(text, ansi));
        String utf8Key = "%UTF8%" + (existingKey(key) != null ? existingKey(key) : key);
        if (isAscii(text)) {
            remove(utf8Key);
        } else {
            putRaw(utf8Key, raw(text, StandardCharsets.UTF_8));
        }
        return this;
    }

    /** Removes {@code key} (any case). */
    PropertyRecord remove(String key) {
        String existing = existingKey(key);
        if (existing != null) {
            properties.remove(existing);
        }
        return this;
    }

    /** Removes every key for which {@code test} holds (keys compared upper-cased). */
    PropertyRecord removeIf(java.util.function.Predicate<String> testUpperCase) {
        properties.keySet().removeIf(k -> testUpperCase.test(k.toUpperCase(Locale.ROOT)));
        return this;
    }

    /** The record as Altium writes it: header, {@code |K=V…}, NUL. */
    byte[] toBytes() {
        StringBuilder text = new StringBuilder();
        properties.forEach((k, v) -> text.append('|').append(k).append('=').append(v));
        byte[] body = (text + "\0").getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 4);
        writeHeader(out, body.length, 0);
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** Writes a record header: 24-bit length and a type byte. */
    static void writeHeader(ByteArrayOutputStream out, int length, int type) {
        out.write(length & 0xFF);
        out.write(length >>> 8 & 0xFF);
        out.write(length >>> 16 & 0xFF);
        out.write(type);
    }

    /** {@code text} as raw bytes of {@code charset}, held in a String one char per byte. */
    static String raw(String text, Charset charset) {
        return new String(text.getBytes(charset), StandardCharsets.ISO_8859_1);
    }

    static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }

    private String existingKey(String key) {
        if (properties.containsKey(key)) {
            return key;
        }
        for (String k : properties.keySet()) {
            if (k.equalsIgnoreCase(key)) {
                return k;
            }
        }
        return null;
    }
}
