package io.github.altium2kicad.core.internal.cache;

import io.github.altium2kicad.core.report.ReportSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each table's finished mapping decisions, kept in {@code cache_directory/table-decisions.sqlite} so that a re-run of an
 * unchanged table restores them inside SQLite, in one statement joined to the source's distinct inputs, instead of
 * reading every distinct input into Java, keying it, looking it up in the mapping cache, checking its Altium
 * references and writing the decision back. Only the inputs a snapshot does not hold (new or changed parts) are
 * decided as before.
 *
 * <ul>
 *   <li>A row holds what the run's decisions table holds for one distinct input: symbol and footprints, the review
 *       text, flags and issue texts, and the Altium reference findings the run's notices are made of. Its key is a
 *       {@linkplain #scope scope} (a digest of the cache {@linkplain CacheFingerprint fingerprint}, the table, its input
 *       columns and the report settings) and the input's values, each {@code quote(CAST(value AS TEXT))}, joined by
 *       commas: exact, so a changed value is a miss, never a wrong answer.</li>
 *   <li>Each table keeps one snapshot: storing a table's decisions under a new fingerprint (an edited DbLib, rule or
 *       library file) deletes those kept under the old one. A row older than {@code cache_expiration} is ignored, and
 *       deleted at open for at most
 *       {@value #PRUNE_BUDGET_MILLIS} ms. Decisions a mapping rule failed on are never kept (decided again next run,
 *       as the mapping cache does).</li>
 *   <li>The file is read and written by the connections that write the KiCad database (attached to them as
 *       {@value #SCHEMA}, in WAL mode with normal locking, so that parallel table copies read it at once and write it one
 *       short transaction at a time).</li>
 *   <li>Never fails the run: a file of another schema or damaged at open is moved aside with a warning; an error
 *       while restoring or storing turns snapshots off for the rest of the run (the tables are decided as without
 *       them), with one warning, and damage gets the file moved aside at {@link #close}.</li>
 * </ul>
 */
public final class DecisionSnapshots implements AutoCloseable {

    /** The file's name inside {@code cache_directory}. */
    public static final String FILE_NAME = "table-decisions.sqlite";
    /** The schema name the file is attached under. */
    public static final String SCHEMA = "a2k_snapshots";
    /** The table of decisions, as queries on an attached file name it. */
    public static final String TABLE = SCHEMA + ".table_decision";
    /** The label that starts a scope's digest. */
    public static final String SCOPE_FORM = "altium2kicad/table-decisions/1";
    /** The longest time spent deleting expired rows at open. */
    public static final long PRUNE_BUDGET_MILLIS = 250;

    /** The columns after {@code scope, table_key, inputs, created_at}, in order: the decisions table's columns of the same names. */
    public static final List<String> DECISION_COLUMNS = List.of("symbol", "footprints", "flags", "rule", "confidence",
            "unverifiable", "review", "issue_kind", "issue", "findings");

    static final SqliteCacheFile.Layout LAYOUT = new SqliteCacheFile.Layout("table decisions cache", FILE_NAME, 0x41324B54, 1,
            "table_decision", Stream.concat(Stream.of("scope", "table_key", "inputs", "created_at"),
                    DECISION_COLUMNS.stream()).toList(),
            0, // no quick_check: the file is as large as the library's decisions; damage found in use is handled then
            List.of("""
                    CREATE TABLE IF NOT EXISTS table_decision (
                      scope        BLOB    NOT NULL,
                      table_key    BLOB    NOT NULL,
                      inputs       TEXT    NOT NULL,
                      created_at   INTEGER NOT NULL,
                      symbol       TEXT,
                      footprints   TEXT,
                      flags        INTEGER NOT NULL,
                      rule         TEXT,
                      confidence   REAL    NOT NULL,
                      unverifiable INTEGER NOT NULL,
                      review       TEXT,
                      issue_kind   TEXT,
                      issue        TEXT,
                      findings     TEXT,
                      PRIMARY KEY (scope, inputs)
                    )""", "CREATE INDEX IF NOT EXISTS table_decision_created_at ON table_decision (created_at)",
                    "CREATE INDEX IF NOT EXISTS table_decision_table_key ON table_decision (table_key)"));

    private static final Logger LOG = LoggerFactory.getLogger(DecisionSnapshots.class);

    private final Path file;
    private final Clock clock;
    private final long createdAt;
    private final long notBefore;
    private final DigestWriter scopePrefix;
    private final AtomicBoolean off = new AtomicBoolean();
    private final LongAdder restored = new LongAdder();
    private final LongAdder stored = new LongAdder();
    private volatile String damage;

    private DecisionSnapshots(Path file, Clock clock, String fingerprint, Duration expiration) {
        this.file = file;
        this.clock = clock;
        this.createdAt = clock.millis();
        long expirationMillis = expiration.compareTo(Duration.ofMillis(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : expiration.toMillis();
        this.notBefore = expirationMillis == Long.MAX_VALUE ? Long.MIN_VALUE : createdAt - expirationMillis;
        this.scopePrefix = new DigestWriter(SCOPE_FORM).string(fingerprint);
    }

    /**
     * Opens (creating, or replacing if of another schema or damaged) the snapshots in {@code directory} and deletes
     * expired rows; empty, with a warning, if the file cannot be used (the run then decides every table's inputs).
     *
     * @param fingerprint the mapping cache's fingerprint: snapshots made under another one are never restored
     */
    public static Optional<DecisionSnapshots> open(Path directory, String fingerprint, Duration expiration, Clock clock) {
        try {
            Path file = SqliteCacheFile.prepare(directory, LAYOUT, clock);
            DecisionSnapshots snapshots = new DecisionSnapshots(file, clock, fingerprint, expiration);
            snapshots.pruneExpired();
            return Optional.of(snapshots);
        } catch (IOException e) {
            LOG.warn("Cannot open the table decisions cache in {} ({}); every table's inputs are decided", directory, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Deletes the file in {@code directory} with its WAL, shared-memory and moved-aside damaged copies.
     *
     * @return how many files were deleted
     */
    public static long clear(Path directory) throws IOException {
        return SqliteCacheFile.clear(directory, LAYOUT);
    }

    /** The file, for attaching it. */
    public Path file() {
        return file;
    }

    /** The busy timeout the connections that attach the file should use, in ms. */
    public static int busyTimeoutMillis() {
        return SqliteCacheFile.BUSY_TIMEOUT_MILLIS;
    }

    /**
     * The keys of one table's decisions.
     *
     * @param key   what the decisions depend on: the fingerprint (rules, settings, library files, the DbLib), the
     *              table, the columns the rules read, in order, and what the report lists for review
     * @param table the same without the fingerprint: the table's snapshot, whatever the fingerprint; storing one
     *              scope deletes the table's rows of every other, so that the file holds one snapshot per table
     *              instead of one per edit of the library or its rules until they expire
     */
    public record Scope(byte[] key, byte[] table) {
    }

    /** The scope of {@code table}'s decisions. */
    public Scope scope(String table, List<String> inputColumns, ReportSettings report) {
        DigestWriter digest = new DigestWriter(SCOPE_FORM).string(table).integer(inputColumns.size());
        inputColumns.forEach(digest::string);
        digest.string(report.mappingMode().name()).string(Double.toString(report.reviewBelow()));
        byte[] tableKey = digest.copy().finish();
        return new Scope(scopePrefix.copy().string(HexFormat.of().formatHex(tableKey)).finish(), tableKey);
    }

    /** The created-at stamp of the rows stored this run (ms since the epoch). */
    public long createdAt() {
        return createdAt;
    }

    /** The oldest created-at stamp a restored row may have. */
    public long notBefore() {
        return notBefore;
    }

    /** False once a failure has turned the snapshots off for the rest of the run. */
    public boolean on() {
        return !off.get();
    }

    /** Counts inputs restored from a snapshot. */
    public void restored(long inputs) {
        restored.add(inputs);
    }

    /** Counts inputs stored into a snapshot. */
    public void stored(long inputs) {
        stored.add(inputs);
    }

    /** Inputs restored so far. */
    public long restored() {
        return restored.sum();
    }

    /** Inputs stored so far. */
    public long stored() {
        return stored.sum();
    }

    /**
     * Turns the snapshots off for the rest of the run after {@code e}, with one warning; damage gets the file moved
     * aside at {@link #close}.
     *
     * @param what what failed, e.g. "restoring the decisions of table 'Resistors'"
     */
    public void failed(String what, Exception e) {
        if (e instanceof SQLException sql && SqliteCacheFile.isDamage(sql) && damage == null) {
            damage = "SQLite reports damage: " + e.getMessage();
        }
        if (off.compareAndSet(false, true)) {
            LOG.warn("Table decisions cache {}: {} failed ({}); deciding the remaining tables without it{}", file, what,
                    e.getMessage(), damage != null ? ", it will be discarded at the end of the run" : "");
        }
    }

    /** Moves the file aside if it was found damaged. */
    @Override
    public void close() {
        LOG.debug("Table decisions cache {}: {} inputs restored, {} stored", file, restored(), stored());
        if (damage != null) {
            try {
                SqliteCacheFile.discardLocked(file, LAYOUT, damage, clock);
            } catch (IOException e) {
                LOG.warn("Cannot move the damaged table decisions cache {} aside: {}", file, e.getMessage());
            }
        }
    }

    private void pruneExpired() {
        if (notBefore == Long.MIN_VALUE) {
            return;
        }
        try (Connection c = SqliteCacheFile.connect(file)) {
            SqliteCacheFile.deleteExpired(c, "table_decision", notBefore, PRUNE_BUDGET_MILLIS);
        } catch (SQLException e) {
            if (SqliteCacheFile.isBusy(e)) {
                LOG.debug("Skipped pruning the table decisions cache {}: another process is writing it", file);
            } else {
                failed("deleting expired decisions", e);
            }
        }
    }

    @Override
    public String toString() {
        return "table decisions cache " + file;
    }
}
