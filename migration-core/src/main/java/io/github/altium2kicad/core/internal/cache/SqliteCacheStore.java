package io.github.altium2kicad.core.internal.cache;

import io.github.altium2kicad.api.cache.CacheStore;
import io.github.altium2kicad.api.cache.CacheStoreSettings;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Collection;
import java.nio.ByteBuffer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in persistent {@link CacheStore}: one SQLite file, {@code cache_directory/mapping-cache.sqlite},
 * shared by every run and every process that uses that directory.
 *
 * <ul>
 *   <li>A row's key is SHA-256 of (label {@code altium2kicad/cache-entry/1}, the fingerprint, the
 *       {@link MappingInputKey}), so decisions are partitioned by {@linkplain CacheFingerprint fingerprint}; the
 *       row also records its fingerprint, which is checked on read. A row made under another fingerprint is never
 *       returned; one older than {@code cache_expiration} is treated as missing. Rows older than the expiration
 *       are deleted at open, for at most {@value #PRUNE_BUDGET_MILLIS} ms.</li>
 *   <li>Values are decisions in {@link DecisionCodec}'s binary form, deflated when {@code cache_compression} is on;
 *       every row records its codec, so either setting reads both, and rows written as JSON by earlier versions are
 *       still read. A row that cannot be read is a miss, is deleted, and is warned about once.</li>
 *   <li>Each input is keyed once per run: the keys a lookup computes for the inputs it misses are kept until those
 *       inputs are {@linkplain #put put}.</li>
 *   <li>{@link #put} buffers; a background thread writes the buffer in one transaction once it holds the batch
 *       size (the putting thread writes itself if the buffer reaches four batches); {@link #flush()} and
 *       {@link #close()} write what is left. {@link #get} sees buffered decisions at once.</li>
 *   <li>Thread-safe. Several processes may share the file: it is in WAL mode, writers take SQLite's write lock
 *       ({@code BEGIN IMMEDIATE}) and wait up to 10 s for it. The directory must be on a local file system
 *       (SQLite's WAL needs shared memory).</li>
 *   <li>Never fails the run after opening: a damaged, foreign or outdated file is moved aside at open with a
 *       warning (see {@link SqliteCacheFile}); damage found later disables the store for the rest of the run
 *       (all misses) and the file is moved aside at close; a busy or failing write drops that batch with a
 *       warning.</li>
 * </ul>
 */
public final class SqliteCacheStore implements CacheStore {

    /** The cache's file name inside {@code cache_directory}. */
    public static final String FILE_NAME = SqliteCacheFile.FILE_NAME;
    /**
     * Buffered decisions that trigger a write. Large on purpose: entry keys are digests, so every transaction dirties
     * index pages all over the file and writes them to the WAL again; 160,000 decisions written 512 at a time cost
     * 4.6 s (mostly system time), 8,000 at a time 1.9 s. Up to four batches (a few MB) wait before puts block.
     */
    public static final int DEFAULT_BATCH_SIZE = 4096;
    /** The longest time spent deleting expired rows at open. */
    public static final long PRUNE_BUDGET_MILLIS = 250;
    /** The label that starts a row key's digest. */
    public static final String ENTRY_KEY_FORM = "altium2kicad/cache-entry/1";

    private static final Logger LOG = LoggerFactory.getLogger(SqliteCacheStore.class);
    private static final String SELECT = "SELECT fingerprint, created_at, codec, payload FROM decision WHERE entry_key = ?";
    private static final String INSERT = "INSERT OR REPLACE INTO decision (entry_key, fingerprint, created_at, codec, payload) "
            + "VALUES (?, ?, ?, ?, ?)";
    private static final String DELETE = "DELETE FROM decision WHERE entry_key = ?";

    private final Path file;
    private final CacheStoreSettings settings;
    private final Clock clock;
    private final int batchSize;
    private final long expirationMillis;
    /** The row keys' common start (label and fingerprint), fed once and copied for every key; never written to again. */
    private final DigestWriter entryKeyPrefix;

    private final ReentrantLock writeLock = new ReentrantLock();
    private final Connection writer;
    private final BlockingQueue<Reader> readers;
    private final int readerCount;
    private final ExecutorService background;
    private final AtomicBoolean writeQueued = new AtomicBoolean();

    private final Map<MappingInputKey, Pending> pending = new ConcurrentHashMap<>();
    /**
     * The keys of inputs a lookup missed, until their decision is {@linkplain #put put}: the chain puts exactly the
     * inputs it missed, so each input is keyed (two SHA-256 digests over all its texts) once per run, not twice.
     * Cleared when it grows past {@link #MISSED_KEYS_LIMIT} (inputs looked up but never put, e.g. a rule failed).
     */
    private final Map<MappingInput, RowKey> missed = new ConcurrentHashMap<>();
    private final Set<MappingInputKey> unreadable = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean warnedUnreadable = new AtomicBoolean();
    private final AtomicBoolean warnedRead = new AtomicBoolean();
    private final AtomicBoolean warnedWrite = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile boolean closed;
    private volatile String damage;

    /** A decision waiting to be written, with the row key it is written under. */
    private record Pending(MappingDecision decision, DecisionCodec.Encoded encoded, long createdAt, byte[] entry) {
    }

    /** An input's key and the row key derived from it under this store's fingerprint. */
    private record RowKey(MappingInputKey input, byte[] entry) {
    }

    /** The most missed keys kept for {@link #put}; beyond it they are dropped (and computed again if put). */
    private static final int MISSED_KEYS_LIMIT = 1 << 16;

    /** A read connection and its prepared lookup. */
    private record Reader(Connection connection, PreparedStatement select) {
    }

    private SqliteCacheStore(Path file, CacheStoreSettings settings, Clock clock, int batchSize) throws SQLException {
        this.file = file;
        this.settings = settings;
        this.entryKeyPrefix = new DigestWriter(ENTRY_KEY_FORM).string(settings.fingerprint());
        this.clock = clock;
        this.batchSize = batchSize;
        this.expirationMillis = settings.expiration().compareTo(Duration.ofMillis(Long.MAX_VALUE)) >= 0
                ? Long.MAX_VALUE : settings.expiration().toMillis();
        this.readerCount = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.readers = new ArrayBlockingQueue<>(readerCount);
        Connection w = SqliteCacheFile.connect(file);
        try {
            for (int i = 0; i < readerCount; i++) {
                Connection c = SqliteCacheFile.connect(file);
                readers.add(new Reader(c, c.prepareStatement(SELECT)));
            }
        } catch (SQLException e) {
            readers.forEach(r -> closeQuietly(r.connection()));
            closeQuietly(w);
            throw e;
        }
        this.writer = w;
        this.background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "altium2kicad-cache-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens the store with the system clock and the default batch size. */
    public static SqliteCacheStore open(CacheStoreSettings settings) {
        return open(settings, Clock.systemUTC(), DEFAULT_BATCH_SIZE);
    }

    /**
     * Opens (creating, or replacing if damaged) the store and deletes expired rows.
     *
     * @param clock     the time for created-at stamps and expiration
     * @param batchSize buffered decisions that trigger a write
     * @throws UncheckedIOException if the directory or file cannot be created or opened
     */
    public static SqliteCacheStore open(CacheStoreSettings settings, Clock clock, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (settings.expiration().isNegative() || settings.expiration().isZero()) {
            throw new IllegalArgumentException("cache expiration must be positive, got " + settings.expiration());
        }
        if (settings.fingerprint() == null) {
            throw new IllegalArgumentException("a cache fingerprint is required");
        }
        try {
            Path file = SqliteCacheFile.prepare(settings.directory(), clock);
            SqliteCacheStore store = new SqliteCacheStore(file, settings, clock, batchSize);
            store.pruneExpired();
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Cannot open the mapping cache in " + settings.directory()
                    + ": " + e.getMessage(), e));
        }
    }

    /** The cache file. */
    public Path file() {
        return file;
    }

    /** Keys per query in {@link #getAll}. */
    private static final int KEYS_PER_QUERY = 400;

    @Override
    public Map<MappingInput, MappingDecision> getAll(Collection<MappingInput> inputs) {
        Map<MappingInput, MappingDecision> found = new HashMap<>();
        if (closing.get() || damage != null || inputs.isEmpty()) {
            return found;
        }
        Map<ByteBuffer, MappingInput> byEntry = new HashMap<>();
        Map<ByteBuffer, MappingInputKey> keys = new HashMap<>();
        for (MappingInput input : inputs) {
            RowKey key = rowKey(input);
            Pending buffered = pending.get(key.input());
            if (buffered != null) {
                found.put(input, buffered.decision());
            } else {
                ByteBuffer entry = ByteBuffer.wrap(key.entry());
                byEntry.put(entry, input);
                keys.put(entry, key.input());
            }
        }
        Reader reader;
        try {
            reader = readers.poll(SqliteCacheFile.BUSY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return found;
        }
        if (reader == null) {
            return found;
        }
        try {
            List<ByteBuffer> entries = new ArrayList<>(byEntry.keySet());
            long now = clock.millis();
            for (int from = 0; from < entries.size(); from += KEYS_PER_QUERY) {
                List<ByteBuffer> chunk = entries.subList(from, Math.min(entries.size(), from + KEYS_PER_QUERY));
                try (PreparedStatement ps = reader.connection().prepareStatement(
                        "SELECT entry_key, fingerprint, created_at, codec, payload FROM decision WHERE entry_key IN ("
                                + "?,".repeat(chunk.size() - 1) + "?)")) {
                    for (int k = 0; k < chunk.size(); k++) {
                        ps.setBytes(k + 1, chunk.get(k).array());
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ByteBuffer entry = ByteBuffer.wrap(rs.getBytes(1));
                            if (!settings.fingerprint().equals(rs.getString(2)) || now - rs.getLong(3) > expirationMillis) {
                                continue;
                            }
                            try {
                                found.put(byEntry.get(entry), DecisionCodec.decode(rs.getInt(4), rs.getBytes(5)));
                                byEntry.remove(entry);
                            } catch (IOException e) {
                                unreadable.add(keys.get(entry));
                                if (warnedUnreadable.compareAndSet(false, true)) {
                                    LOG.warn("The mapping cache {} holds a decision that cannot be read ({}); treating it as "
                                            + "missing and deleting it (further such rows are not reported)", file, e.getMessage());
                                }
                            }
                        }
                    }
                }
            }
            rememberMissed(byEntry, keys);
            return found;
        } catch (SQLException e) {
            failed(e, warnedRead, "reading it failed");
            return found;
        } finally {
            readers.add(reader);
        }
    }

    /** Keeps the keys of the inputs a lookup missed ({@code byEntry} without the hits) for their {@link #put}. */
    private void rememberMissed(Map<ByteBuffer, MappingInput> byEntry, Map<ByteBuffer, MappingInputKey> keys) {
        if (missed.size() + byEntry.size() > MISSED_KEYS_LIMIT) {
            missed.clear();
        }
        byEntry.forEach((entry, input) -> missed.put(input, new RowKey(keys.get(entry), entry.array())));
    }

    private void rememberMissed(MappingInput input, RowKey key) {
        if (missed.size() >= MISSED_KEYS_LIMIT) {
            missed.clear();
        }
        missed.put(input, key);
    }

    /** The keys of {@code input}: those a lookup computed, else computed now. */
    private RowKey rowKey(MappingInput input) {
        RowKey known = missed.remove(input);
        if (known != null) {
            return known;
        }
        MappingInputKey key = MappingInputKey.of(input);
        return new RowKey(key, entryKey(key));
    }

    @Override
    public Optional<MappingDecision> get(MappingInput input) {
        if (closing.get() || damage != null) {
            return Optional.empty();
        }
        RowKey rowKey = rowKey(input);
        MappingInputKey key = rowKey.input();
        Pending buffered = pending.get(key);
        if (buffered != null) {
            return Optional.of(buffered.decision());
        }
        Reader reader;
        try {
            reader = readers.poll(SqliteCacheFile.BUSY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (reader == null) {
            return Optional.empty();
        }
        try {
            reader.select().setBytes(1, rowKey.entry());
            try (ResultSet rs = reader.select().executeQuery()) {
                if (!rs.next() || !settings.fingerprint().equals(rs.getString(1))) {
                    rememberMissed(input, rowKey);
                    return Optional.empty();
                }
                long createdAt = rs.getLong(2);
                int codec = rs.getInt(3);
                byte[] payload = rs.getBytes(4);
                if (clock.millis() - createdAt > expirationMillis) {
                    rememberMissed(input, rowKey);
                    return Optional.empty();
                }
                return Optional.of(DecisionCodec.decode(codec, payload));
            }
        } catch (IOException e) {
            unreadable.add(key);
            if (warnedUnreadable.compareAndSet(false, true)) {
                LOG.warn("The mapping cache {} holds a decision that cannot be read ({}); treating it as missing and "
                        + "deleting it (further such rows are not reported)", file, e.getMessage());
            }
            return Optional.empty();
        } catch (SQLException e) {
            failed(e, warnedRead, "reading it failed");
            return Optional.empty();
        } finally {
            readers.add(reader);
        }
    }

    @Override
    public void put(MappingInput input, MappingDecision decision) {
        if (closing.get() || damage != null) {
            return;
        }
        DecisionCodec.Encoded encoded = DecisionCodec.encode(decision, settings.compression());
        RowKey key = rowKey(input);
        pending.put(key.input(), new Pending(decision, encoded, clock.millis(), key.entry()));
        int size = pending.size();
        if (size >= 4 * batchSize) {
            flush();
        } else if (size >= batchSize && writeQueued.compareAndSet(false, true)) {
            try {
                background.execute(() -> {
                    writeQueued.set(false);
                    flush();
                });
            } catch (RejectedExecutionException closingNow) {
                writeQueued.set(false);
            }
        }
    }

    /** Writes the buffered decisions now, so that other stores and processes see them. */
    public void flush() {
        writeLock.lock();
        try {
            if (!closed) {
                write();
            }
        } finally {
            writeLock.unlock();
        }
    }

    private byte[] entryKey(MappingInputKey key) {
        return entryKeyPrefix.copy().string(key.hex()).finish();
    }

    /** Writes the buffer in one transaction; whatever happens, the written or dropped entries leave the buffer. */
    private void write() {
        if ((pending.isEmpty() && unreadable.isEmpty()) || damage != null) {
            return;
        }
        List<Map.Entry<MappingInputKey, Pending>> batch = new ArrayList<>(pending.size());
        pending.forEach((k, v) -> batch.add(Map.entry(k, v)));
        List<MappingInputKey> deletions = new ArrayList<>(unreadable);
        try (Statement begin = writer.createStatement()) {
            begin.execute("BEGIN IMMEDIATE");
            try (PreparedStatement delete = writer.prepareStatement(DELETE);
                 PreparedStatement insert = writer.prepareStatement(INSERT)) {
                for (MappingInputKey key : deletions) {
                    delete.setBytes(1, entryKey(key));
                    delete.addBatch();
                }
                if (!deletions.isEmpty()) {
                    delete.executeBatch();
                }
                for (Map.Entry<MappingInputKey, Pending> entry : batch) {
                    Pending p = entry.getValue();
                    insert.setBytes(1, p.entry());
                    insert.setString(2, settings.fingerprint());
                    insert.setLong(3, p.createdAt());
                    insert.setInt(4, p.encoded().codec());
                    insert.setBytes(5, p.encoded().payload());
                    insert.addBatch();
                }
                if (!batch.isEmpty()) {
                    insert.executeBatch();
                }
                begin.execute("COMMIT");
            } catch (SQLException e) {
                rollback(begin);
                throw e;
            }
        } catch (SQLException e) {
            failed(e, warnedWrite, "writing " + batch.size() + " decisions failed; they are not kept");
        } finally {
            deletions.forEach(unreadable::remove);
            batch.forEach(entry -> pending.remove(entry.getKey(), entry.getValue()));
        }
    }

    private void pruneExpired() {
        long cutoff = clock.millis() - expirationMillis;
        long start = System.nanoTime();
        long deleted = 0;
        writeLock.lock();
        try {
            deleted = SqliteCacheFile.deleteExpired(writer, "decision", cutoff, PRUNE_BUDGET_MILLIS);
        } catch (SQLException e) {
            if (SqliteCacheFile.isBusy(e)) {
                LOG.debug("Skipped pruning the mapping cache {}: another process is writing it", file);
            } else {
                failed(e, warnedWrite, "deleting expired decisions failed");
            }
        } finally {
            writeLock.unlock();
        }
        if (deleted > 0) {
            LOG.debug("Deleted {} expired decisions from the mapping cache {} in {} ms", deleted, file,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }

    /** Reports a failure once per kind; damage disables the store and gets the file moved aside at close. */
    private void failed(SQLException e, AtomicBoolean warned, String what) {
        if (SqliteCacheFile.isDamage(e)) {
            if (damage == null) {
                damage = "SQLite reports damage: " + e.getMessage();
                LOG.warn("The mapping cache {} is damaged ({}); continuing without it, it will be discarded at close",
                        file, e.getMessage());
            }
        } else if (warned.compareAndSet(false, true)) {
            LOG.warn("Mapping cache {}: {}: {} (further such failures are not reported)", file, what, e.getMessage());
        }
    }

    private static void rollback(Statement statement) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            LOG.debug("Rollback of a mapping cache write failed: {}", e.getMessage());
        }
    }

    /** Writes the buffer and closes the file; further gets are misses and puts are ignored. Idempotent. */
    @Override
    public void close() {
        if (closing.getAndSet(true)) {
            return;
        }
        background.shutdown();
        try {
            if (!background.awaitTermination(2L * SqliteCacheFile.BUSY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.debug("The mapping cache writer of {} did not finish in time", file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeLock.lock();
        try {
            write();
            closed = true;
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
        for (int i = 0; i < readerCount; i++) {
            try {
                Reader reader = readers.poll(SqliteCacheFile.BUSY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                if (reader == null) {
                    LOG.debug("A mapping cache reader of {} was still in use at close", file);
                    break;
                }
                closeQuietly(reader.connection());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (damage != null) {
            try {
                SqliteCacheFile.discardLocked(file, damage, clock);
            } catch (IOException e) {
                LOG.warn("{}", e.getMessage());
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing a mapping cache connection failed: {}", e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "SqliteCacheStore[" + file + "]";
    }
}
