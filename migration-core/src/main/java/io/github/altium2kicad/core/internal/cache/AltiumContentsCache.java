package io.github.altium2kicad.core.internal.cache;

import io.github.altium2kicad.core.altium.AltiumLibraryContents;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What was read from each {@code .SchLib}/{@code .PcbLib} (names, and pads once counted), kept in
 * {@code cache_directory/altium-libraries.sqlite} so that a re-run reads only the files that changed. An entry is used
 * when the file has the size and modification time it had when read, or, when only the time differs (a checkout, a
 * copy), the same CRC-32C of its bytes (computed at several GB/s, where SHA-256 ran at 140 MB/s with the quick JIT
 * compiler the launcher uses, about 0.7 s of CPU over a 70,000-part library's 112 MB of files; kept in the column
 * still named {@code sha256}, whose older SHA-256 values simply no longer match: such files are read once more). Loaded whole when opened; {@link #read} is thread-safe; {@link #save} writes
 * the entries that are new or gained pads, in one transaction. A cache file that cannot be used is moved aside
 * ({@code .corrupt-<millis>}) and started afresh; if that fails too the run reads every file, as without a cache.
 */
public final class AltiumContentsCache {

    /** The cache's file name inside {@code cache_directory}. */
    public static final String FILE_NAME = "altium-libraries.sqlite";

    private static final Logger LOG = LoggerFactory.getLogger(AltiumContentsCache.class);

    /** A file's version as read, and what was read from it. */
    private record Entry(long size, long modified, String sha256, byte[] payload, boolean padsCounted) {
    }

    private final Path file;
    private final Map<Path, Entry> stored;
    /** The versions of the files read this run: what their contents are saved under. */
    private final Map<Path, Entry> seen = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();

    private AltiumContentsCache(Path file, Map<Path, Entry> stored) {
        this.file = file;
        this.stored = stored;
    }

    /** Opens (or creates) the cache in {@code directory}; empty, with a warning, if it cannot be used. */
    public static Optional<AltiumContentsCache> open(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            Files.createDirectories(directory);
            return Optional.of(new AltiumContentsCache(file, load(file)));
        } catch (IOException | SQLException first) {
            try {
                Path aside = file.resolveSibling(FILE_NAME + ".corrupt-" + System.currentTimeMillis());
                if (Files.exists(file)) {
                    Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                }
                LOG.warn("The Altium library cache {} cannot be used ({}); moved to {}, starting a fresh one", file,
                        first.getMessage(), aside);
                return Optional.of(new AltiumContentsCache(file, load(file)));
            } catch (IOException | SQLException second) {
                LOG.warn("The Altium library cache {} cannot be used ({}); every library file is read", file, second.getMessage());
                return Optional.empty();
            }
        }
    }

    private static Map<Path, Entry> load(Path file) throws SQLException {
        Map<Path, Entry> out = new ConcurrentHashMap<>();
        try (Connection c = connect(file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS library_contents (path TEXT PRIMARY KEY, size INTEGER NOT NULL, "
                    + "modified INTEGER NOT NULL, sha256 TEXT NOT NULL, pads_counted INTEGER NOT NULL, payload BLOB NOT NULL)");
            try (ResultSet rs = st.executeQuery("SELECT path, size, modified, sha256, pads_counted, payload FROM library_contents")) {
                while (rs.next()) {
                    out.put(Path.of(rs.getString(1)), new Entry(rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getBytes(6), rs.getInt(5) != 0));
                }
            }
        }
        return out;
    }

    private static Connection connect(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout=10000");
        }
        return c;
    }

    /**
     * The contents of library {@code file}: from the cache when the file is unchanged, else read (and remembered for
     * {@link #save}). Never throws, like {@link AltiumLibraryContents#read}.
     */
    public AltiumLibraryContents read(Path file) {
        Path key = file.toAbsolutePath().normalize();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(key, BasicFileAttributes.class);
        } catch (IOException e) {
            return AltiumLibraryContents.read(key); // says why it cannot be read
        }
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        Entry entry = stored.get(key);
        String sha256 = null;
        if (entry != null && entry.size() == size) {
            if (entry.modified() != modified) {
                sha256 = digest(key);
            }
            if (entry.modified() == modified || entry.sha256().equals(sha256)) {
                Optional<AltiumLibraryContents> cached = AltiumLibraryContents.decode(key, entry.payload());
                if (cached.isPresent()) {
                    hits.incrementAndGet();
                    if (entry.modified() != modified) { // the same bytes under a new time: saved under it
                        seen.put(key, new Entry(size, modified, entry.sha256(), null, entry.padsCounted()));
                    }
                    return cached.get();
                }
            }
        }
        reads.incrementAndGet();
        AltiumLibraryContents contents = AltiumLibraryContents.read(key);
        seen.put(key, new Entry(size, modified, sha256 != null ? sha256 : digest(key), null, false));
        return contents;
    }

    /**
     * Saves the entries of {@code contents} (what the run read) that are new, changed or have gained their pads;
     * files that could not be read are not kept. Failures are logged: the cache only saves time.
     */
    public void save(Collection<AltiumLibraryContents> contents) {
        try (Connection c = connect(file)) {
            c.setAutoCommit(false);
            try (PreparedStatement put = c.prepareStatement("INSERT OR REPLACE INTO library_contents "
                    + "(path, size, modified, sha256, pads_counted, payload) VALUES (?, ?, ?, ?, ?, ?)")) {
                int rows = 0;
                for (AltiumLibraryContents read : contents) {
                    Path key = read.file().toAbsolutePath().normalize();
                    Entry version = seen.get(key);
                    Entry before = stored.get(key);
                    boolean gainedPads = before != null && !before.padsCounted() && read.padsCounted();
                    if (read.status() == AltiumLibraryContents.Status.UNREADABLE || (version == null && !gainedPads)) {
                        continue;
                    }
                    Entry v = version != null ? version : before;
                    put.setString(1, key.toString());
                    put.setLong(2, v.size());
                    put.setLong(3, v.modified());
                    put.setString(4, v.sha256());
                    put.setInt(5, read.padsCounted() ? 1 : 0);
                    put.setBytes(6, read.encode());
                    put.addBatch();
                    rows++;
                }
                put.executeBatch();
                c.commit();
                LOG.debug("Altium library cache: {} files from the cache, {} read, {} entries saved", hits.get(), reads.get(), rows);
            }
        } catch (SQLException e) {
            LOG.warn("Cannot save the Altium library cache {}: {}", file, e.getMessage());
        }
    }

    /**
     * Deletes the cache file in {@code directory} (and copies of damaged ones moved aside).
     *
     * @return how many files were removed
     */
    public static long clear(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        long removed = 0;
        try (java.util.stream.Stream<Path> files = Files.list(directory)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(FILE_NAME)).toList()) {
                Files.deleteIfExists(f);
                removed++;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot clear the Altium library cache in " + directory + ": " + e.getMessage(), e);
        }
        return removed;
    }

    /** Files answered from the cache so far. */
    public int hits() {
        return hits.get();
    }

    /** Files read so far (not in the cache, or changed). */
    public int reads() {
        return reads.get();
    }

    /** The content check of {@code file}: {@code crc32c:} and the CRC-32C of its bytes in hex. */
    static String digest(Path file) {
        CRC32C crc = new CRC32C();
        try (InputStream in = new CheckedInputStream(Files.newInputStream(file), crc)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            return "unreadable";
        }
        return "crc32c:" + Long.toHexString(crc.getValue());
    }
}
