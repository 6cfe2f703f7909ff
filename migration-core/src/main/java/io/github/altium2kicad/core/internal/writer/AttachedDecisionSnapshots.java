package io.github.altium2kicad.core.internal.writer;

import io.github.altium2kicad.core.internal.cache.DecisionSnapshots;
import io.github.altium2kicad.core.internal.source.sqlite.SqlIdentifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The {@linkplain DecisionSnapshots table decisions cache} attached to a connection that copies tables: a table's
 * decisions table is filled from it ({@link #restore}) and, once the table is done, what was decided afresh is added
 * to it ({@link #save}). Every statement runs in its own short transaction, so parallel table copies share the file.
 * Methods throw {@link SQLException} for the caller to hand to {@link DecisionSnapshots#failed}.
 */
public final class AttachedDecisionSnapshots {

    private static final String DECISIONS = DecisionsTable.QUALIFIED_NAME;
    private static final String STORED = String.join(", ", DecisionSnapshots.DECISION_COLUMNS);

    private final Connection connection;
    private final DecisionSnapshots snapshots;

    private AttachedDecisionSnapshots(Connection connection, DecisionSnapshots snapshots) {
        this.connection = connection;
        this.snapshots = snapshots;
    }

    /**
     * Attaches the snapshots file to {@code connection} (which has no transaction open and autocommit off, and has the
     * source attached), with normal locking (the output connection locks its own database exclusively) and WAL readers.
     */
    static AttachedDecisionSnapshots attach(Connection connection, DecisionSnapshots snapshots) throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
        try {
            try (Statement st = connection.createStatement()) {
                // ATTACH reads the file's schema under the connection's default locking mode, and an exclusive one would
                // keep the file locked for good: attach with normal locking, then lock main and the source again
                st.execute("PRAGMA locking_mode = NORMAL");
                try (PreparedStatement ps = connection.prepareStatement("ATTACH DATABASE ? AS " + DecisionSnapshots.SCHEMA)) {
                    ps.setString(1, snapshots.file().toAbsolutePath().toString());
                    ps.execute();
                }
                st.execute("PRAGMA main.locking_mode = EXCLUSIVE");
                st.execute("PRAGMA " + AttachedSqliteSource.SCHEMA + ".locking_mode = EXCLUSIVE");
                st.execute("PRAGMA " + DecisionSnapshots.SCHEMA + ".synchronous = NORMAL");
                st.execute("PRAGMA busy_timeout = " + DecisionSnapshots.busyTimeoutMillis());
                try (ResultSet rs = st.executeQuery("PRAGMA " + DecisionSnapshots.SCHEMA + ".journal_mode")) {
                    rs.next(); // reads the schema: fails here, not mid-table, on a file SQLite cannot read
                }
            }
        } finally {
            connection.setAutoCommit(false);
        }
        return new AttachedDecisionSnapshots(connection, snapshots);
    }

    /** The run's snapshots. */
    public DecisionSnapshots snapshots() {
        return snapshots;
    }

    /** The key of a row's input values: each {@code quote(CAST(v AS TEXT))}, joined by commas (exact, never ambiguous). */
    static String inputsKey(List<String> expressions) {
        return expressions.stream().map(e -> "quote(CAST(" + e + " AS TEXT))").collect(Collectors.joining(" || ',' || "));
    }

    /** True if the snapshots hold any unexpired decision of {@code scope}. */
    public boolean has(byte[] scope) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM " + DecisionSnapshots.TABLE
                + " WHERE scope = ? AND created_at >= ? LIMIT 1")) {
            ps.setBytes(1, scope);
            ps.setLong(2, snapshots.notBefore());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            } finally {
                connection.commit();
            }
        }
    }

    /**
     * Fills the (empty) decisions table with the distinct inputs of {@code source} that {@code scope}'s snapshot holds,
     * with their decisions and this run's part counts, marked restored. Runs in a read transaction that stays open (the
     * table's copy commits it), so that {@link #notRestored} sees the file as this statement saw it; on failure it is
     * rolled back.
     *
     * @param source  the source table as queries name it
     * @param columns the input columns, in decisions-table order
     * @return the inputs restored
     */
    long restore(String source, List<String> columns, byte[] scope) throws SQLException {
        List<String> quoted = columns.stream().map(SqlIdentifier::quote).toList();
        String groups = "SELECT " + IntStream.range(0, quoted.size()).mapToObj(i -> quoted.get(i) + " AS c" + i).collect(Collectors.joining(", "))
                + ", count(*) AS n, " + inputsKey(quoted) + " AS inputs FROM " + source + " GROUP BY " + String.join(", ", quoted);
        String targets = IntStream.range(0, columns.size()).mapToObj(i -> "c" + i).collect(Collectors.joining(", "));
        String sql = "INSERT INTO " + DECISIONS + " (" + targets + ", parts, restored, " + STORED + ") SELECT "
                + IntStream.range(0, columns.size()).mapToObj(i -> "g.c" + i).collect(Collectors.joining(", ")) + ", g.n, 1, "
                + DecisionSnapshots.DECISION_COLUMNS.stream().map(c -> "s." + c).collect(Collectors.joining(", "))
                + " FROM (" + groups + ") AS g JOIN " + DecisionSnapshots.TABLE + " AS s ON s.scope = ? AND s.inputs = g.inputs"
                + " WHERE s.created_at >= ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setBytes(1, scope);
            ps.setLong(2, snapshots.notBefore());
            // not committed: the caller's next query (the inputs not restored, notRestored) must see the same state of
            // the file, or an input another process stored in between would be neither restored nor decided
            return ps.executeUpdate();
        } catch (SQLException e) {
            rollbackQuietly();
            throw e;
        }
    }

    /**
     * A {@code HAVING} condition for a {@code GROUP BY} of {@code columns} that keeps the groups {@link #restore} did
     * not restore; it takes two parameters, the scope and {@link DecisionSnapshots#notBefore()}.
     */
    static String notRestored(List<String> columns) {
        return "NOT EXISTS (SELECT 1 FROM " + DecisionSnapshots.TABLE + " AS s WHERE s.scope = ? AND s.inputs = "
                + inputsKey(columns.stream().map(SqlIdentifier::quote).toList()) + " AND s.created_at >= ?)";
    }

    /** The noticed findings (their text) of the restored decisions, each distinct text once. */
    public List<String> restoredFindings() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT findings FROM " + DECISIONS + " WHERE restored = 1 AND findings IS NOT NULL")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /**
     * Adds the decisions table's rows that were decided this run and that no mapping rule failed on to {@code scope}'s
     * snapshot, and deletes the table's rows of other scopes, in one transaction of its own.
     *
     * @param width the decisions table's input columns
     * @return the rows stored
     */
    public long save(DecisionSnapshots.Scope scope, int width) throws SQLException {
        List<String> inputs = IntStream.range(0, width).mapToObj(i -> "c" + i).toList();
        String sql = "INSERT OR REPLACE INTO " + DecisionSnapshots.TABLE + " (scope, table_key, inputs, created_at, " + STORED
                + ") SELECT ?, ?, " + inputsKey(inputs) + ", ?, " + STORED + " FROM " + DECISIONS
                + " WHERE restored IS NULL AND rule_error IS NULL";
        connection.commit(); // nothing read from the snapshots before the write in this transaction: no stale snapshot
        try (PreparedStatement older = connection.prepareStatement("DELETE FROM " + DecisionSnapshots.TABLE
                + " WHERE table_key = ? AND scope <> ?"); PreparedStatement ps = connection.prepareStatement(sql)) {
            older.setBytes(1, scope.table());
            older.setBytes(2, scope.key());
            older.executeUpdate();
            ps.setBytes(1, scope.key());
            ps.setBytes(2, scope.table());
            ps.setLong(3, snapshots.createdAt());
            long stored = ps.executeUpdate();
            connection.commit();
            return stored;
        } catch (SQLException e) {
            rollbackQuietly();
            throw e;
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // SQLite may have rolled the transaction back itself
        }
    }
}
