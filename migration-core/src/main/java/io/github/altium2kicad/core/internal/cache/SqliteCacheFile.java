package io.github.altium2kicad.core.internal.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The cache's SQLite file: opening connections, checking that an existing file is an intact cache of this schema,
 * and moving a damaged one aside ({@code mapping-cache.sqlite.corrupt-<UTC time>}, with its WAL) so that a fresh
 * cache can be created. Checking and replacing happen under an exclusive lock on
 * {@code mapping-cache.sqlite.lock}, so two processes never discard each other's fresh file.
 */
final class SqliteCacheFile {

    /** The cache's file name inside {@code cache_directory}. */
    static final String FILE_NAME = "mapping-cache.sqlite";
    /** {@code PRAGMA application_id} of a cache file: "A2KC". */
    static final int APPLICATION_ID = 0x41324B43;
    /** {@code PRAGMA user_version}: the schema version; bump it when the table or the key/value format changes. */
    static final int SCHEMA_VERSION = 1;
    /** Files up to this size get SQLite's {@code quick_check} at open (about 10 ms per MiB). */
    static final long QUICK_CHECK_MAX_BYTES = 64L << 20;
    /** How long a connection waits for another one's lock. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(SqliteCacheFile.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> COLUMNS = List.of("id", "entry_key", "fingerprint", "created_at", "codec", "payload");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** File locks are per process; this keeps two stores of one process from overlapping. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private SqliteCacheFile() {
    }

    /**
     * Makes {@code directory/mapping-cache.sqlite} an intact, current cache: created if absent, replaced if
     * damaged or of another schema (with a warning).
     *
     * @return the file
     * @throws IOException if the directory or file cannot be created or a damaged file cannot be moved away
     */
    static Path prepare(Path directory, Clock clock) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(FILE_NAME);
        return underLock(file, () -> {
            Optional<String> problem = inspect(file);
            if (problem.isPresent()) {
                discard(file, problem.get(), clock, "starting a fresh cache");
            }
            try {
                createSchema(file);
            } catch (SQLException e) {
                if (!isDamage(e)) {
                    throw new IOException("Cannot create the mapping cache " + file + ": " + e.getMessage(), e);
                }
                discard(file, "SQLite cannot write it: " + e.getMessage(), clock, "starting a fresh cache");
                try {
                    createSchema(file);
                } catch (SQLException again) {
                    throw new IOException("Cannot create the mapping cache " + file + ": " + again.getMessage(), again);
                }
            }
            return file;
        });
    }

    /** {@link #discard} under the lock that {@link #prepare} takes. */
    static void discardLocked(Path file, String reason, Clock clock) throws IOException {
        underLock(file, () -> {
            if (Files.exists(file)) {
                discard(file, reason, clock, "the next run starts a fresh cache");
            }
            return null;
        });
    }

    /**
     * Deletes the cache file, its {@code -wal} and {@code -shm} files and the damaged copies moved aside
     * ({@code .corrupt-*}), under the lock {@link #prepare} takes; the lock file itself stays.
     *
     * @return how many files were deleted
     */
    static long clear(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        Path file = directory.resolve(FILE_NAME);
        return underLock(file, () -> {
            long deleted = 0;
            try (java.util.stream.Stream<Path> files = Files.list(directory)) {
                for (Path p : files.toList()) {
                    String name = p.getFileName().toString();
                    if (name.equals(FILE_NAME) || name.equals(FILE_NAME + "-wal") || name.equals(FILE_NAME + "-shm")
                            || name.startsWith(FILE_NAME + ".corrupt-")) {
                        if (Files.deleteIfExists(p)) {
                            deleted++;
                        }
                    }
                }
            }
            return deleted;
        });
    }

    /** Work on the cache file that must not overlap with another process's or store's. */
    private interface LockedAction<T> {
        T run() throws IOException;
    }

    private static <T> T underLock(Path file, LockedAction<T> action) throws IOException {
        IN_PROCESS.lock();
        try (FileChannel channel = FileChannel.open(file.resolveSibling(FILE_NAME + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            return action.run();
        } finally {
            IN_PROCESS.unlock();
        }
    }

    /** A connection with the cache's settings. */
    /** Page cache per connection, in KiB (native memory, filled only as far as the file is used). */
    private static final int CACHE_KIB = 32 * 1024;

    static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // entry keys are digests, so inserts land all over the key index: with SQLite's default 2 MB page cache a
        // large cache file is read back page by page while it is written
        config.setCacheSize(-CACHE_KIB);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** True for SQLite's "malformed" and "not a database" errors. */
    static boolean isDamage(SQLException e) {
        int code = primaryCode(e);
        return code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    /** True when another connection held a lock for longer than the busy timeout. */
    static boolean isBusy(SQLException e) {
        int code = primaryCode(e);
        return code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code;
    }

    private static int primaryCode(SQLException e) {
        int code = e instanceof SQLiteException se ? se.getResultCode().code : e.getErrorCode();
        return code & 0xff;
    }

    /** What is wrong with an existing file, or empty if it is absent, blank or an intact cache. */
    static Optional<String> inspect(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        long size = Files.size(file);
        if (size == 0) {
            return Optional.empty();
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(100);
        }
        if (!Arrays.equals(Arrays.copyOf(header, SQLITE_HEADER.length), SQLITE_HEADER)) {
            return Optional.of("it is not an SQLite database");
        }
        if (header.length < 100) {
            return Optional.of("it is truncated (" + size + " bytes, less than an SQLite header)");
        }
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            int applicationId = intPragma(statement, "application_id");
            int version = intPragma(statement, "user_version");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.isEmpty() && applicationId == 0 && version == 0) {
                return Optional.empty();
            }
            if (applicationId != APPLICATION_ID) {
                return Optional.of("it is not an altium2kicad mapping cache (application_id " + applicationId
                        + ", tables " + tables + ")");
            }
            if (version != SCHEMA_VERSION) {
                return Optional.of("it has cache schema version " + version + ", this altium2kicad uses version " + SCHEMA_VERSION);
            }
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("PRAGMA table_info(decision)")) {
                while (rs.next()) {
                    columns.add(rs.getString("name"));
                }
            }
            if (!columns.equals(COLUMNS)) {
                return Optional.of("unexpected schema: table 'decision' has columns " + columns + ", expected " + COLUMNS);
            }
            if (size <= QUICK_CHECK_MAX_BYTES) {
                try (ResultSet rs = statement.executeQuery("PRAGMA quick_check(4)")) {
                    List<String> findings = new ArrayList<>();
                    while (rs.next()) {
                        findings.add(rs.getString(1).replace('\n', ' '));
                    }
                    if (!findings.equals(List.of("ok"))) {
                        return Optional.of("SQLite's quick_check reports damage: " + String.join("; ", findings));
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            if (isBusy(e)) {
                throw new IOException("The mapping cache " + file + " stayed locked by another process: " + e.getMessage(), e);
            }
            return Optional.of("SQLite cannot read it: " + e.getMessage());
        }
    }

    private static int intPragma(Statement statement, String pragma) throws SQLException {
        try (ResultSet rs = statement.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void createSchema(Path file) throws SQLException {
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                // a rowid table: rows (~300 bytes) are too large for WITHOUT ROWID to pay, and appends are cheap
                statement.execute("""
                        CREATE TABLE IF NOT EXISTS decision (
                          id          INTEGER PRIMARY KEY,
                          entry_key   BLOB    NOT NULL UNIQUE,
                          fingerprint TEXT    NOT NULL,
                          created_at  INTEGER NOT NULL,
                          codec       INTEGER NOT NULL,
                          payload     BLOB    NOT NULL
                        )""");
                statement.execute("CREATE INDEX IF NOT EXISTS decision_created_at ON decision (created_at)");
                statement.execute("PRAGMA application_id = " + APPLICATION_ID);
                statement.execute("PRAGMA user_version = " + SCHEMA_VERSION);
                statement.execute("COMMIT");
            } catch (SQLException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
            try (ResultSet rs = statement.executeQuery("PRAGMA journal_mode = WAL")) {
                rs.next();
            }
        }
    }

    /**
     * Moves a damaged cache file (and its WAL and rollback journal) aside, or deletes it if it cannot be moved,
     * and warns naming the file, the reason and {@code next}.
     *
     * @throws IOException if it can be neither moved nor deleted
     */
    static void discard(Path file, String reason, Clock clock, String next) throws IOException {
        Path target = file.resolveSibling(FILE_NAME + ".corrupt-" + STAMP.format(clock.instant()));
        String outcome;
        try {
            Files.move(file, target);
            outcome = "moved it to " + target.getFileName();
        } catch (IOException moveFailed) {
            try {
                Files.deleteIfExists(file);
                outcome = "deleted it (it could not be moved: " + moveFailed + ")";
            } catch (IOException deleteFailed) {
                deleteFailed.addSuppressed(moveFailed);
                throw new IOException("The mapping cache " + file + " is unusable (" + reason
                        + ") and can be neither moved nor deleted: " + deleteFailed, deleteFailed);
            }
        }
        for (String suffix : List.of("-wal", "-journal")) {
            Path companion = file.resolveSibling(FILE_NAME + suffix);
            if (Files.exists(companion)) {
                try {
                    Files.move(companion, target.resolveSibling(target.getFileName() + suffix));
                } catch (IOException e) {
                    Files.deleteIfExists(companion);
                }
            }
        }
        Files.deleteIfExists(file.resolveSibling(FILE_NAME + "-shm"));
        LOG.warn("Discarded the mapping cache {}: {}; {}; {}", file, reason, outcome, next);
    }
}
