package io.github.altium2kicad.testkit.altium;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** The bundled fixture files, opened once each, and the compound-file copying the composers share. */
final class FixtureFiles {

    private static final Map<String, POIFSFileSystem> OPEN = new ConcurrentHashMap<>();

    private FixtureFiles() {
    }

    /** The root of bundled fixture {@code resource} (read-only, kept open for the life of the JVM). */
    static DirectoryEntry root(String resource) {
        return OPEN.computeIfAbsent(resource, r -> {
            try (InputStream in = FixtureFiles.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("fixture " + r + " is not on the class path");
                }
                return new POIFSFileSystem(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open fixture " + r, e);
            }
        }).getRoot();
    }

    /** The storage {@code name} at the top of fixture {@code resource}. */
    static DirectoryEntry storage(String resource, String name) {
        try {
            return (DirectoryEntry) root(resource).getEntry(name);
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("fixture " + resource + " has no storage '" + name + "'", e);
        }
    }

    /** The bytes of stream {@code name} in {@code dir}. */
    static byte[] bytes(DirectoryEntry dir, String name) {
        try (InputStream in = new DocumentInputStream((DocumentEntry) dir.getEntry(name))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stream " + name + " of " + dir.getName(), e);
        }
    }

    /** Writes {@code bytes} as stream {@code name} in {@code dir}. */
    static void write(DirectoryEntry dir, String name, byte[] bytes) throws IOException {
        dir.createDocument(name, new ByteArrayInputStream(bytes));
    }

    /** Copies every entry of {@code from} into {@code to} (recursively), except top-level names {@code skip} matches. */
    static void copyContents(DirectoryEntry from, DirectoryEntry to, Predicate<String> skip) throws IOException {
        for (Entry entry : from) {
            if (skip.test(entry.getName())) {
                continue;
            }
            if (entry instanceof DirectoryEntry dir) {
                copyContents(dir, to.createDirectory(dir.getName()), n -> false);
            } else {
                write(to, entry.getName(), bytes(from, entry.getName()));
            }
        }
    }

    /** The storage name Altium gives {@code name}: {@code /} replaced by {@code _}, cut to 31 characters. */
    static String storageName(String name) {
        String s = name.replace('/', '_');
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
