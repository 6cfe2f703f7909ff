package io.github.altium2kicad.core.internal.writer;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.source.TableSchema;
import io.github.altium2kicad.core.internal.source.sqlite.RowidName;
import io.github.altium2kicad.core.internal.source.sqlite.SqlIdentifier;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * An SQLite source database attached to the output connection: the in-database half of the SQLite-to-SQLite fast
 * path. The distinct mapping inputs of a table are read out, decided in Java, loaded back as a small decisions
 * table, and the rows are copied with one {@code INSERT … SELECT} joined to it, in source order, chunked by rowid.
 * Key policies {@code keep-first}/{@code fail} and {@code skip}/{@code fail} are applied in SQL from the SQL forms of
 * the one {@link KeyPolicy} definition that {@link KicadSqliteWriter.TableWriter} applies in Java, with the same
 * results (rows written, issues, errors). The row number is read under a name no source column shadows
 * ({@link RowidName}).
 */
public final class AttachedSqliteSource {

    static final String SCHEMA = "a2k_source";
    private static final String DECISIONS = DecisionsTable.QUALIFIED_NAME;

    private final Connection connection;
    private final Path file;
    private final BiFunction<String, SQLException, MigrationException> failure;

    AttachedSqliteSource(Connection connection, Path file, BiFunction<String, SQLException, MigrationException> failure) {
        this.connection = connection;
        this.file = file;
        this.failure = failure;
    }

    /** One distinct combination of a table's mapping input columns and how many of its rows have it. */
    public record InputGroup(String[] values, long rows) {
    }

    /**
     * Streams the distinct combinations of {@code columns} (by name) in {@code table} with their row counts, in
     * batches of at most {@code batchSize}, in a deterministic order; only one batch is in memory at a time.
     */
    public void groupedInputs(TableSchema table, List<String> columns, int batchSize, Consumer<List<InputGroup>> batches) {
        groupedInputs(table, columns, batchSize, null, null, batches);
    }

    /**
     * As {@link #groupedInputs(TableSchema, List, int, Consumer)}, leaving out the inputs {@code snapshots} restored
     * for {@code scope} ({@link #restoreDecisions}), if {@code snapshots} is not {@code null}.
     */
    public void groupedInputs(TableSchema table, List<String> columns, int batchSize, AttachedDecisionSnapshots snapshots,
                              byte[] scope, Consumer<List<InputGroup>> batches) {
        String cols = columns.stream().map(SqlIdentifier::quote).collect(Collectors.joining(", "));
        String sql = "SELECT " + cols + ", count(*) FROM " + source(table) + " GROUP BY " + cols
                + (snapshots == null ? "" : " HAVING " + AttachedDecisionSnapshots.notRestored(columns));
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            if (snapshots != null) {
                st.setBytes(1, scope);
                st.setLong(2, snapshots.snapshots().notBefore());
            }
            st.setFetchSize(batchSize);
            try (ResultSet rs = st.executeQuery()) {
                List<InputGroup> batch = new ArrayList<>(batchSize);
                while (rs.next()) {
                    String[] values = new String[columns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getString(i + 1);
                    }
                    batch.add(new InputGroup(values, rs.getLong(values.length + 1)));
                    if (batch.size() == batchSize) {
                        batches.accept(batch);
                        batch = new ArrayList<>(batchSize);
                    }
                }
                if (!batch.isEmpty()) {
                    batches.accept(batch);
                }
            }
        } catch (SQLException e) {
            throw failure.apply("reading the distinct mapping inputs of table '" + table.tableName() + "'", e);
        }
    }

    /**
     * Attaches the table decisions cache to this connection.
     *
     * @throws SQLException if it cannot be attached (the caller goes on without it)
     */
    public AttachedDecisionSnapshots attachSnapshots(io.github.altium2kicad.core.internal.cache.DecisionSnapshots snapshots)
            throws SQLException {
        return AttachedDecisionSnapshots.attach(connection, snapshots);
    }

    /**
     * Fills the new, empty decisions table with the decisions {@code snapshots} holds for {@code scope} of the distinct
     * inputs of {@code table} (see {@link AttachedDecisionSnapshots#restore}); the others are left for
     * {@link #groupedInputs(TableSchema, List, int, AttachedDecisionSnapshots, byte[], Consumer)}.
     *
     * @return the inputs restored
     */
    public long restoreDecisions(TableSchema table, List<String> columns, AttachedDecisionSnapshots snapshots, byte[] scope)
            throws SQLException {
        return snapshots.restore(source(table), columns, scope);
    }

    /** The source rows that {@link #restoreDecisions} gave a decision to. */
    public long rowsWithRestoredDecisions() {
        return count("SELECT coalesce(sum(parts), 0) FROM " + DECISIONS + " WHERE restored = 1");
    }

    /** Flag of a decision whose parts are listed for review. */
    public static final int REVIEW = 1;
    /** Flag of a decision that leaves a part without symbol or footprint. */
    public static final int UNRESOLVED = 2;
    /** Flag of a decision made after a mapping rule failed on its input. */
    public static final int RULE_ERROR = 4;

    /**
     * A new, empty decisions table for inputs of {@code width} columns (replacing the previous one): fill it, then
     * {@link DecisionsTable#index() index} it before {@link #copy}.
     */
    public DecisionsTable newDecisions(int width) {
        return DecisionsTable.create(connection, width, failure);
    }

    /** The rowid range of {@code table}, or null if it is empty. */
    private long[] rowidRange(TableSchema table) {
        String rowid = rowid(table);
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT min(" + rowid + ") FROM " + source(table) + "), (SELECT max("
                     + rowid + ") FROM " + source(table) + ")")) {
            rs.next();
            long min = rs.getLong(1);
            return rs.wasNull() ? null : new long[] {min, rs.getLong(2)};
        } catch (SQLException e) {
            throw failure.apply("reading table '" + table.tableName() + "'", e);
        }
    }

    /**
     * Copies the table into {@code plan}'s output table, joined to the decisions, skipping empty keys, keeping the
     * first row of a repeated key ({@code INSERT OR IGNORE} into the UNIQUE key index).
     *
     * @param inputColumns the source columns the decisions are keyed by, in decisions-table order
     * @param values       the {@code =Name} values to write as the values they name (a {@link #valueReferences} scan
     *                     of the source), or {@link ValueReferences.Scan#NONE}
     * @param chunkRows    rowids per statement (progress granularity)
     * @param progress     receives, after each chunk, how many source rows the chunks so far covered
     * @return rows written
     */
    public long copy(TableSchema table, KicadTablePlan plan, List<String> inputColumns, ValueReferences.Scan values,
                     long chunkRows, LongConsumer progress) {
        long[] range = rowidRange(table);
        if (range == null) {
            return 0;
        }
        String key = "s." + SqlIdentifier.quote(plan.keyColumn());
        String join = join(inputColumns, "s");
        List<String> texts = new ArrayList<>();
        String sql = "INSERT OR IGNORE INTO main." + SqlIdentifier.quote(plan.altiumTable()) + " SELECT "
                + plan.columns().stream().map(c -> values.targets().containsKey(c)
                        ? ValueReferences.copiedValue("s", c, values.targets().get(c), texts)
                        : "s." + SqlIdentifier.quote(c)).collect(Collectors.joining(", "))
                + ", d.symbol, d.footprints FROM " + source(table) + " AS s LEFT JOIN " + DECISIONS + " AS d ON " + join
                + " WHERE s." + rowid(table) + " BETWEEN ? AND ? AND " + KeyPolicy.sqlNonEmpty(key) + " ORDER BY s." + rowid(table);
        long written = 0;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < texts.size(); i++) {
                ps.setString(i + 1, texts.get(i));
            }
            for (long from = range[0]; from <= range[1]; from += chunkRows) {
                long to = Math.min(range[1], from + chunkRows - 1);
                ps.setLong(texts.size() + 1, from);
                ps.setLong(texts.size() + 2, to);
                written += ps.executeUpdate();
                progress.accept(to - range[0] + 1);
            }
            connection.commit();
            return written;
        } catch (SQLException e) {
            throw failure.apply("copying table '" + table.tableName() + "'", e);
        }
    }

    /**
     * The {@code =Name} values of {@code table}'s rows, for a {@link #copy} that writes them resolved: over every row
     * ({@code writtenOnly=false}, what the copy needs and, when no row is left out, the right counts), or over the rows
     * the copy writes (the first row of each non-blank key), whose counts the run reports.
     */
    public ValueReferences.Scan valueReferences(TableSchema table, OutputTable output, boolean writtenOnly) {
        String from = source(table);
        if (writtenOnly) {
            String k = SqlIdentifier.quote(output.plan().keyColumn());
            from = "(SELECT * FROM (SELECT s.*, ROW_NUMBER() OVER (PARTITION BY " + KeyPolicy.sqlIdentity("s." + k) + " ORDER BY s."
                    + rowid(table) + ") AS \"a2k occurrence\" FROM " + source(table) + " AS s) WHERE \"a2k occurrence\" = 1 AND "
                    + KeyPolicy.sqlNonEmpty(k) + ")";
        }
        try {
            return ValueReferences.scan(connection, from, output);
        } catch (SQLException e) {
            throw failure.apply("finding the =Name values of table '" + table.tableName() + "'", e);
        }
    }

    /** The exact number of rows in {@code table} (a full count, unless the rowid range shows none can be missing). */
    public long countRows(TableSchema table, long written) {
        long[] range = rowidRange(table);
        if (range == null) {
            return 0;
        }
        if (written == range[1] - range[0] + 1) {
            return written; // every rowid in the range was written, so there are no more rows
        }
        return count("SELECT count(*) FROM " + source(table));
    }

    /** Rows whose key is NULL or blank. */
    public long countEmptyKeys(TableSchema table, String keyColumn) {
        return count("SELECT count(*) FROM " + source(table) + " AS s WHERE NOT " + KeyPolicy.sqlNonEmpty("s." + SqlIdentifier.quote(keyColumn)));
    }

    /**
     * Stops, before anything is copied, at the first row (in source order) that {@code policy}'s {@code fail} rejects,
     * with the error {@link KicadSqliteWriter.TableWriter} gives for it.
     *
     * @param dbLibTable the table's name in the DbLib, which the error names
     */
    public void enforceFailPolicies(TableSchema table, String dbLibTable, String keyColumn, KeyPolicy policy) {
        if (!policy.failsOnEmptyKeys() && !policy.failsOnDuplicateKeys()) {
            return;
        }
        keyProblems(table, keyColumn, policy.failsOnEmptyKeys(), policy.failsOnDuplicateKeys(), 1, (row, key, empty) -> {
            throw empty ? KeyPolicy.emptyKeyFailure(dbLibTable, row, keyColumn)
                    : KeyPolicy.duplicateKeyFailure(dbLibTable, row, key, keyColumn);
        });
    }

    /**
     * Reports, in source order, the rows {@link #copy} left out: empty keys ({@code skip}) and repeated keys after
     * their first row ({@code keep-first}), with the issues {@link KicadSqliteWriter.TableWriter} gives them.
     */
    public void reportLeftOutRows(TableSchema table, String dbLibTable, String keyColumn, Consumer<PartIssue> issues) {
        keyProblems(table, keyColumn, true, true, Long.MAX_VALUE, (row, key, empty) -> issues.accept(empty
                ? KeyPolicy.skippedEmptyKey(dbLibTable, row, key) : KeyPolicy.keptFirst(dbLibTable, row, key)));
    }

    /** Receives one row whose key is empty or repeats an earlier row's. */
    private interface KeyProblemSink {
        void accept(long rowNumber, String key, boolean empty);
    }

    /**
     * The rows (1-based positions in rowid order) with an empty key and/or a key an earlier row has (the same as the
     * output's UNIQUE key index sees it), in source order, at most {@code limit}.
     */
    private void keyProblems(TableSchema table, String keyColumn, boolean empties, boolean duplicates, long limit,
                             KeyProblemSink sink) {
        String k = "s." + SqlIdentifier.quote(keyColumn);
        String sql = "SELECT rn, k, empty FROM (SELECT ROW_NUMBER() OVER (ORDER BY s." + rowid(table) + ") AS rn, " + k
                + " AS k, NOT " + KeyPolicy.sqlNonEmpty(k) + " AS empty, ROW_NUMBER() OVER (PARTITION BY "
                + KeyPolicy.sqlIdentity(k) + " ORDER BY s." + rowid(table) + ") AS occurrence FROM " + source(table)
                + " AS s) WHERE " + (empties ? "empty" : "0") + " OR (" + (duplicates ? "1" : "0")
                + " AND NOT empty AND occurrence > 1) ORDER BY rn LIMIT " + limit;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                sink.accept(rs.getLong(1), rs.getString(2), rs.getBoolean(3));
            }
        } catch (SQLException e) {
            throw failure.apply("checking the keys of table '" + table.tableName() + "'", e);
        }
    }

    /** Receives a written row whose decision has one of the flags asked for, with what was made of its decision. */
    public interface DecidedRowSink<T> {
        void accept(long rowNumber, String key, T decision);
    }

    /** Decisions {@link #rowsWithDecisions} keeps prepared while listing a table (the most recently listed ones). */
    static final int PREPARED_DECISIONS = 4_096;

    /**
     * The written rows (first row of each key, blank keys left out) whose decision has one of {@code flags}, in source
     * order, at most {@code limit} of them. The rows carry their decision's rowid only: what was stored of a decision is
     * read and {@code prepare}d once for all its rows (for the {@value #PREPARED_DECISIONS} most recent decisions; an
     * older one is read again), instead of its review text being read and parsed again for every row.
     *
     * @param inputColumns as given to {@link #copy}
     * @param written      the rows {@link #copy} wrote: if that is every row of a gapless rowid range, the row numbers
     *                     follow from the rowids and no row is left out, which spares numbering every row
     * @param prepare      what the sink gets of a decision, made from what was stored of it
     */
    public <T> void rowsWithDecisions(TableSchema table, String keyColumn, List<String> inputColumns, long written, int flags,
                                      long limit, Function<DecisionsTable.Stored, T> prepare, DecidedRowSink<T> sink) {
        String k = SqlIdentifier.quote(keyColumn);
        long[] range = rowidRange(table);
        if (range == null) {
            return;
        }
        String sql;
        if (written == range[1] - range[0] + 1) {
            sql = "SELECT s." + rowid(table) + " - " + (range[0] - 1) + ", s." + k + ", d.rowid FROM " + source(table)
                    + " AS s JOIN " + DECISIONS + " AS d ON " + join(inputColumns, "s") + " WHERE (d.flags & " + flags
                    + ") <> 0 ORDER BY s." + rowid(table) + " LIMIT " + limit;
        } else {
            // the window numbers every row, so it carries only the row's key and its decision's rowid and flags
            sql = "SELECT rn, k, di FROM (SELECT ROW_NUMBER() OVER (ORDER BY s." + rowid(table) + ") AS rn, s."
                    + k + " AS k, d.rowid AS di, d.flags AS f, ROW_NUMBER() OVER (PARTITION BY " + KeyPolicy.sqlIdentity("s." + k) + " ORDER BY s." + rowid(table) + ") AS "
                    + "occurrence FROM " + source(table) + " AS s LEFT JOIN " + DECISIONS + " AS d ON " + join(inputColumns, "s")
                    + ") WHERE (f & " + flags + ") <> 0 AND occurrence = 1 AND " + KeyPolicy.sqlNonEmpty("k") + " ORDER BY rn LIMIT " + limit;
        }
        Map<Long, T> prepared = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, T> eldest) {
                return size() > PREPARED_DECISIONS;
            }
        };
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql);
             PreparedStatement stored = connection.prepareStatement("SELECT " + DecisionsTable.STORED_COLUMNS + " FROM "
                     + DECISIONS + " WHERE rowid = ?")) {
            while (rs.next()) {
                long decision = rs.getLong(3);
                T made = prepared.get(decision);
                if (made == null) {
                    stored.setLong(1, decision);
                    try (ResultSet d = stored.executeQuery()) {
                        d.next();
                        made = prepare.apply(DecisionsTable.Stored.read(d, 1));
                    }
                    prepared.put(decision, made);
                }
                sink.accept(rs.getLong(1), rs.getString(2), made);
            }
        } catch (SQLException e) {
            throw failure.apply("listing parts of table '" + table.tableName() + "'", e);
        }
    }

    /**
     * Takes the rows the copy left out (blank keys, repeated keys after their first row) off their decisions' row
     * counts, so that the counts are of written parts.
     */
    public void uncountSkippedRows(TableSchema table, String keyColumn, List<String> inputColumns) {
        String k = SqlIdentifier.quote(keyColumn);
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS temp.\"a2k_skipped\"");
            st.execute("CREATE TEMP TABLE \"a2k_skipped\" AS SELECT d.rowid AS di, count(*) AS n FROM (SELECT s.*, "
                    + "ROW_NUMBER() OVER (PARTITION BY " + KeyPolicy.sqlIdentity("s." + k) + " ORDER BY s." + rowid(table) + ") AS a2k_occurrence FROM " + source(table)
                    + " AS s) AS s JOIN " + DECISIONS + " AS d ON " + join(inputColumns, "s") + " WHERE NOT " + KeyPolicy.sqlNonEmpty("s." + k)
                    + " OR s.a2k_occurrence > 1 GROUP BY d.rowid");
            st.execute("UPDATE " + DECISIONS + " SET parts = parts - (SELECT n FROM temp.\"a2k_skipped\" WHERE di = "
                    + DECISIONS + ".rowid) WHERE rowid IN (SELECT di FROM temp.\"a2k_skipped\")");
            st.execute("DROP TABLE temp.\"a2k_skipped\"");
        } catch (SQLException e) {
            throw failure.apply("counting the skipped rows of table '" + table.tableName() + "'", e);
        }
    }

    /** Receives how many written parts share one outcome (rule, confidence, unverifiable references per part). */
    public interface OutcomeSink {
        void accept(String rule, double confidence, long unverifiablePerPart, long parts);
    }

    /** The written parts per outcome, from the decisions' row counts (after {@link #uncountSkippedRows}, if needed). */
    public void outcomes(OutcomeSink sink) {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT rule, confidence, unverifiable, sum(parts) FROM " + DECISIONS
                     + " WHERE parts > 0 GROUP BY rule, confidence, unverifiable ORDER BY min(rowid)")) {
            while (rs.next()) {
                sink.accept(rs.getString(1), rs.getDouble(2), rs.getLong(3), rs.getLong(4));
            }
        } catch (SQLException e) {
            throw failure.apply("counting the mapped parts", e);
        }
    }

    /** True if a decision in the table has one of {@code flags}. */
    public boolean anyDecisionWith(int flags) {
        return count("SELECT count(*) FROM " + DECISIONS + " WHERE (flags & " + flags + ") <> 0 AND parts > 0") > 0;
    }

    /** The parts whose decision has one of {@code flags} (written parts, after {@link #uncountSkippedRows}, if needed). */
    public long countPartsWith(int flags) {
        return count("SELECT coalesce(sum(parts), 0) FROM " + DECISIONS + " WHERE (flags & " + flags + ") <> 0");
    }

    private static String join(List<String> inputColumns, String alias) {
        return IntStream.range(0, inputColumns.size())
                .mapToObj(i -> "d.c" + i + " IS " + alias + "." + SqlIdentifier.quote(inputColumns.get(i)))
                .collect(Collectors.joining(" AND "));
    }

    private long count(String sql) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure.apply("counting rows in " + file, e);
        }
    }

    /** The name of {@code table}'s row number that none of its columns shadows. */
    private static String rowid(TableSchema table) {
        return RowidName.of(table.tableName(), table.columns());
    }

    private static String source(TableSchema table) {
        return SCHEMA + "." + SqlIdentifier.quote(table.tableName());
    }
}
