package io.github.altium2kicad.core.internal.codec;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Strings and counts in the project's binary formats (the mapping cache's decisions, the report's review spool): a
 * string is its UTF-8 length in 4 bytes ({@code -1} for {@code null}) and its bytes, a list its count and its strings.
 * Reading rejects negative or implausible lengths and truncated bytes with an {@link IOException}, so damaged bytes
 * are neither allocated nor read as text. {@code writeUTF} is not used: it stops at 64 KB.
 */
public final class Utf8Strings {

    /** The longest string and the largest count read: more means the bytes are damaged. */
    public static final int MAX_COUNT = 1 << 24;

    private Utf8Strings() {
    }

    /** Writes {@code value}, which may be {@code null}. */
    public static void write(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** Writes the count of {@code values}, then each. */
    public static void writeAll(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            write(out, value);
        }
    }

    /** Reads a string written by {@link #write}. */
    public static String read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > MAX_COUNT) {
            throw new IOException("implausible length " + length);
        }
        byte[] utf8 = in.readNBytes(length);
        if (utf8.length != length) {
            throw new EOFException();
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** Reads a list written by {@link #writeAll}. */
    public static List<String> readAll(DataInputStream in) throws IOException {
        int count = readCount(in);
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(read(in));
        }
        return values;
    }

    /** A count or length: never negative, and never more than {@link #MAX_COUNT} (damaged bytes are not allocated). */
    public static int readCount(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("implausible length " + n);
        }
        return n;
    }
}
