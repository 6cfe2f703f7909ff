package io.github.altium2kicad.core.altium;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Builds real OLE compound files laid out like Altium's libraries, with POI: streams and storages with the names,
 * record framing and 31-character storage names Altium uses.
 */
final class AltiumCompoundFiles {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** path inside the file ("FileHeader", "RES/Data", "Library/Data") → content */
    private final Map<String, byte[]> streams = new LinkedHashMap<>();

    AltiumCompoundFiles stream(String path, byte[] content) {
        streams.put(path, content);
        return this;
    }

    /** Writes the compound file. */
    Path write(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            for (Map.Entry<String, byte[]> e : streams.entrySet()) {
                String[] parts = e.getKey().split("/");
                DirectoryEntry dir = fs.getRoot();
                for (int i = 0; i < parts.length - 1; i++) {
                    dir = dir.hasEntry(parts[i]) ? (DirectoryEntry) dir.getEntry(parts[i]) : dir.createDirectory(parts[i]);
                }
                dir.createDocument(parts[parts.length - 1], new ByteArrayInputStream(e.getValue()));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A property list record: 32-bit length, the text, a NUL byte. */
    static byte[] properties(String text) {
        byte[] body = text.getBytes(CP1252);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int32(out, body.length + 1);
        out.writeBytes(body);
        out.write(0);
        return out.toByteArray();
    }

    /** A block holding a string with an 8-bit length. */
    static byte[] stringBlock(String s) {
        byte[] text = s.getBytes(CP1252);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int32(out, text.length + 1);
        out.write(text.length);
        out.writeBytes(text);
        return out.toByteArray();
    }

    /** A string with a 32-bit length that counts its terminating NUL. */
    static byte[] pascalString(String s) {
        byte[] text = s.getBytes(CP1252);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int32(out, text.length + 1);
        out.writeBytes(text);
        out.write(0);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] int32(int value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int32(out, value);
        return out.toByteArray();
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        out.write(v & 0xFF);
        out.write(v >>> 8 & 0xFF);
        out.write(v >>> 16 & 0xFF);
        out.write(v >>> 24 & 0xFF);
    }

    /** The storage name Altium gives a symbol or footprint. */
    static String storage(String name) {
        String s = name.replace('/', '_');
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
