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
import java.sql.PreparedStatement;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A cache's SQLite file ({@link Layout}: the mapping cache {@code mapping-cache.sqlite}, or the table decisions
 * {@code table-decisions.sqlite}): opening connections, checking that an existing file is an intact cache of its
 * schema, and moving a damaged one aside ({@code <file>.corrupt-<UTC time>}, with its WAL) so that a fresh cache can
 * be created. Checking and replacing happen under an exclusive lock on {@code <file>.lock}, so two processes never
 * discard each other's fresh file.
 */
final class SqliteCacheFile {

    /**
     * What a cache file holds.
     *
     * @param description        what the file is called in messages, e.g. "mapping cache"
     * @param fileName           the file's name inside {@code cache_directory}
     * @param applicationId      its {@code PRAGMA application_id}
     * @param schemaVersion      its {@code PRAGMA user_version}
     * @param table              the table whose columns are checked at open
     * @param columns            that table's columns, in order
     * @param quickCheckMaxBytes files up to this size get SQLite's {@code quick_check} at open
     * @param schema             the statements creating the tables and indexes ({@code IF NOT EXISTS})
     */
    record Layout(String description, String fileName, int applicationId, int schemaVersion, String table, List<String> columns,
                  long quickCheckMaxBytes, List<String> schema) {
    }

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
    /** The mapping cache ({@link SqliteCacheStore}). */
    static final Layout MAPPING_CACHE = new Layout("mapping cache", FILE_NAME, APPLICATION_ID, SCHEMA_VERSION, "decision",
            List.of("id", "entry_key", "fingerprint", "created_at", "codec", "payload"), QUICK_CHECK_MAX_BYTES, List.of(
                    // a rowid table: rows (~300 bytes) are too large for WITHOUT ROWID to pay, and appends are cheap
                    """
                    CREATE TABLE IF NOT EXISTS decision (
                      id          INTEGER PRIMARY KEY,
                      entry_key   BLOB    NOT NULL UNIQUE,
                      fingerprint TEXT    NOT NULL,
                      created_at  INTEGER NOT NULL,
                      codec       INTEGER NOT NULL,
                      payload     BLOB    NOT NULL
                    )""",
                    "CREATE INDEX IF NOT EXISTS decision_created_at ON decision (created_at)"));
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
        return prepare(directory, MAPPING_CACHE, clock);
    }

    /** As {@link #prepare(Path, Clock)} for the cache file of {@code layout}. */
    static Path prepare(Path directory, Layout layout, Clock clock) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(layout.fileName());
        return underLock(file, () -> {
            Optional<String> problem = inspect(file, layout);
            if (problem.isPresent()) {
                discard(file, layout, problem.get(), clock, "starting a fresh cache");
            }
            try {
                createSchema(file, layout);
            } catch (SQLException e) {
                if (!isDamage(e)) {
                    throw new IOException("Cannot create the " + layout.description() + " " + file + ": " + e.getMessage(), e);
                }
                discard(file, layout, "SQLite cannot write it: " + e.getMessage(), clock, "starting a fresh cache");
                try {
                    createSchema(file, layout);
                } catch (SQLException again) {
                    throw new IOException("Cannot create the " + layout.description() + " " + file + ": " + again.getMessage(), again);
                }
            }
            return file;
        });
    }

    /** {@link #discard} under the lock that {@link #prepare} takes. */
    static void discardLocked(Path file, String reason, Clock clock) throws IOException {
        discardLocked(file, MAPPING_CACHE, reason, clock);
    }

    /** As {@link #discardLocked(Path, String, Clock)} for a cache file of {@code layout}. */
    static void discardLocked(Path file, Layout layout, String reason, Clock clock) throws IOException {
        underLock(file, () -> {
            if (Files.exists(file)) {
                discard(file, layout, reason, clock, "the next run starts a fresh cache");
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
        return clear(directory, MAPPING_CACHE);
    }

    /** As {@link #clear(Path)} for the cache file of {@code layout}. */
    static long clear(Path directory, Layout layout) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        String fileName = layout.fileName();
        Path file = directory.resolve(fileName);
        return underLock(file, () -> {
            long deleted = 0;
            try (java.util.stream.Stream<Path> files = Files.list(directory)) {
                for (Path p : files.toList()) {
                    String name = p.getFileName().toString();
                    if (name.equals(fileName) || name.equals(fileName + "-wal") || name.equals(fileName + "-shm")
                            || name.startsWith(fileName + ".corrupt-")) {
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
        try (FileChannel channel = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
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

    /** Rows {@link #deleteExpired} deletes per statement. */
    private static final int PRUNE_CHUNK = 5_000;

    /**
     * Deletes the rows of {@code table} (with a {@code created_at} column) older than {@code cutoff}, a chunk at a time,
     * until none is left or {@code budgetMillis} have passed; meanwhile waits at most that long for another connection's
     * lock, then restores the usual busy timeout.
     *
     * @return the rows deleted
     * @throws SQLException as SQLite reports it (busy: {@link #isBusy})
     */
    static long deleteExpired(Connection connection, String table, long cutoff, long budgetMillis) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis);
        long deleted = 0;
        try (Statement statement = connection.createStatement();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE rowid IN "
                     + "(SELECT rowid FROM " + table + " WHERE created_at < ? LIMIT " + PRUNE_CHUNK + ")")) {
            statement.execute("PRAGMA busy_timeout = " + budgetMillis);
            try {
                int n;
                do {
                    delete.setLong(1, cutoff);
                    n = delete.executeUpdate();
                    deleted += n;
                } while (n == PRUNE_CHUNK && System.nanoTime() < deadline);
            } finally {
                statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            }
        }
        return deleted;
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
        return inspect(file, MAPPING_CACHE);
    }

    /** As {@link #inspect(Path)}, for a cache file of {@code layout}. */
    static Optional<String> inspect(Path file, Layout layout) throws IOException {
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
            if (applicationId != layout.applicationId()) {
                return Optional.of("it is not an altium2kicad " + layout.description() + " (application_id " + applicationId
                        + ", tables " + tables + ")");
            }
            if (version != layout.schemaVersion()) {
                return Optional.of("it has cache schema version " + version + ", this altium2kicad uses version "
                        + layout.schemaVersion());
            }
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("PRAGMA table_info(" + layout.table() + ")")) {
                while (rs.next()) {
                    columns.add(rs.getString("name"));
                }
            }
            if (!columns.equals(layout.columns())) {
                return Optional.of("unexpected schema: table '" + layout.table() + "' has columns " + columns + ", expected "
                        + layout.columns());
            }
            if (size <= layout.quickCheckMaxBytes()) {
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
                throw new IOException("The " + layout.description() + " " + file + " stayed locked by another process: " + e.getMessage(), e);
            }
            return Optional.of("SQLite cannot read it: " + e.getMessage());
        }
    }

    private static int intPragma(Statement statement, String pragma) throws SQLException {
        try (ResultSet rs = statement.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void createSchema(Path file, Layout layout) throws SQLException {
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                for (String sql : layout.schema()) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA application_id = " + layout.applicationId());
                statement.execute("PRAGMA user_version = " + layout.schemaVersion());
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
    static void discard(Path file, Layout layout, String reason, Clock clock, String next) throws IOException {
        String fileName = file.getFileName().toString();
        Path target = file.resolveSibling(fileName + ".corrupt-" + STAMP.format(clock.instant()));
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
                throw new IOException("The " + layout.description() + " " + file + " is unusable (" + reason
                        + ") and can be neither moved nor deleted: " + deleteFailed, deleteFailed);
            }
        }
        for (String suffix : List.of("-wal", "-journal")) {
            Path companion = file.resolveSibling(fileName + suffix);
            if (Files.exists(companion)) {
                try {
                    Files.move(companion, target.resolveSibling(target.getFileName() + suffix));
                } catch (IOException e) {
                    Files.deleteIfExists(companion);
                }
            }
        }
        Files.deleteIfExists(file.resolveSibling(fileName + "-shm"));
        LOG.warn("Discarded the {} {}: {}; {}; {}", layout.description(), file, reason, outcome, next);
    }
}
