package io.github.altium2kicad.core.internal.writer;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.TableChanges;
import io.github.altium2kicad.core.internal.source.sqlite.RowidName;
import io.github.altium2kicad.core.internal.source.sqlite.SqlIdentifier;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a freshly migrated database to a copy of the previous output, changing only what differs: parts whose key
 * is new are inserted, parts whose content differs in any column (symbol and footprints included) are replaced,
 * parts whose key is gone are deleted. A table that is new or whose columns or key changed is rebuilt whole; a
 * table the previous {@code .kicad_dbl} listed that is no longer migrated is dropped. Other tables someone added to
 * the database are left alone.
 */
final class IncrementalApplier {

    private static final Logger LOG = LoggerFactory.getLogger(IncrementalApplier.class);
    private static final String PREVIOUS = "a2k_previous";

    private final Connection connection;

    IncrementalApplier(Connection connection) {
        this.connection = connection;
    }

    List<TableChanges> apply(Path previousDatabase, List<KicadTablePlan> plans, Collection<String> previousLibraryTables)
            throws SQLException {
        List<TableChanges> changes = new ArrayList<>();
        connection.commit();
        connection.setAutoCommit(true);
        try (PreparedStatement attach = connection.prepareStatement("ATTACH DATABASE ? AS " + PREVIOUS)) {
            attach.setString(1, previousDatabase.toAbsolutePath().toString());
            attach.execute();
        }
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA " + PREVIOUS + ".journal_mode=OFF");
            st.execute("PRAGMA " + PREVIOUS + ".synchronous=OFF");
            st.execute("BEGIN");
            Set<String> migrated = plans.stream().map(p -> p.altiumTable().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            for (KicadTablePlan plan : plans) {
                changes.add(applyTable(st, plan));
            }
            for (String table : previousLibraryTables) {
                if (!migrated.contains(table.toLowerCase(Locale.ROOT)) && columnsOf(table).size() > 0) {
                    long rows = count(st, "SELECT count(*) FROM " + previous(table));
                    st.execute("DROP TABLE " + previous(table));
                    changes.add(new TableChanges(table, 0, 0, rows, 0, true, List.of()));
                    LOG.info("Dropped table '{}' ({} parts): it is no longer migrated", table, rows);
                }
            }
            st.execute("COMMIT");
        } finally {
            try (Statement st = connection.createStatement()) {
                st.execute("DETACH DATABASE " + PREVIOUS);
            }
            connection.setAutoCommit(false);
        }
        return changes;
    }

    private TableChanges applyTable(Statement st, KicadTablePlan plan) throws SQLException {
        String table = plan.altiumTable();
        String fresh = "main." + SqlIdentifier.quote(table);
        String old = previous(table);
        List<String> previousColumns = columnsOf(table);
        String rowid = RowidName.of(table, plan.outputColumns()); // an Altium column may be named rowid
        long freshRows = count(st, "SELECT count(*) FROM " + fresh);
        if (!previousColumns.equals(plan.outputColumns()) || !hasUniqueKeyIndex(plan)) {
            long deleted = 0;
            if (!previousColumns.isEmpty()) {
                deleted = count(st, "SELECT count(*) FROM " + old);
                st.execute("DROP TABLE " + old);
            }
            st.execute(KicadSqliteWriter.createTableSql(plan, PREVIOUS + "."));
            st.execute(KicadSqliteWriter.keyIndexSql(plan, PREVIOUS + "."));
            st.execute("INSERT INTO " + old + " SELECT * FROM " + fresh + " ORDER BY " + rowid);
            return new TableChanges(table, freshRows, 0, deleted, 0, true, List.of());
        }
        String key = SqlIdentifier.quote(plan.keyColumn());
        String differs = plan.outputColumns().stream().map(SqlIdentifier::quote)
                .map(c -> "o." + c + " IS NOT n." + c).collect(Collectors.joining(" OR "));
        List<String> sample = new ArrayList<>();
        sample(st, "SELECT n." + key + " FROM " + fresh + " AS n WHERE NOT EXISTS (SELECT 1 FROM " + old + " AS o WHERE o." + key
                + " = n." + key + ") ORDER BY n." + rowid, "+", sample);
        sample(st, "SELECT n." + key + " FROM " + fresh + " AS n JOIN " + old + " AS o ON o." + key + " = n." + key + " WHERE "
                + differs + " ORDER BY n." + rowid, "~", sample);
        sample(st, "SELECT o." + key + " FROM " + old + " AS o WHERE NOT EXISTS (SELECT 1 FROM " + fresh + " AS n WHERE n." + key
                + " = o." + key + ") ORDER BY o." + rowid, "-", sample);
        long deleted = st.executeUpdate("DELETE FROM " + old + " WHERE NOT EXISTS (SELECT 1 FROM " + fresh + " AS n WHERE n." + key
                + " = " + old + "." + key + ")");
        st.execute("DROP TABLE IF EXISTS temp.a2k_upserts");
        st.execute("CREATE TEMP TABLE a2k_upserts AS SELECT n." + rowid + " AS r, o." + key + " IS NULL AS added FROM " + fresh
                + " AS n LEFT JOIN " + old + " AS o ON o." + key + " = n." + key + " WHERE o." + key + " IS NULL OR " + differs);
        long added = count(st, "SELECT count(*) FROM temp.a2k_upserts WHERE added");
        long changed = count(st, "SELECT count(*) FROM temp.a2k_upserts WHERE NOT added");
        st.execute("INSERT OR REPLACE INTO " + old + " SELECT * FROM " + fresh + " WHERE " + rowid + " IN (SELECT r FROM temp.a2k_upserts) ORDER BY " + rowid);
        st.execute("DROP TABLE temp.a2k_upserts");
        return new TableChanges(table, added, changed, deleted, freshRows - added - changed, false, sample);
    }

    private void sample(Statement st, String sql, String prefix, List<String> out) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql + " LIMIT " + TableChanges.SAMPLE_KEYS)) {
            while (rs.next()) {
                out.add(prefix + rs.getString(1));
            }
        }
    }

    private List<String> columnsOf(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT name FROM " + PREVIOUS + ".pragma_table_info(?) ORDER BY cid")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    private boolean hasUniqueKeyIndex(KicadTablePlan plan) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM " + PREVIOUS + ".sqlite_master WHERE type = 'index' AND name = ?")) {
            ps.setString(1, plan.altiumTable() + " (" + plan.keyColumn() + ") unique");
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) == 1;
            }
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String previous(String table) {
        return PREVIOUS + "." + SqlIdentifier.quote(table);
    }

    static MigrationException failure(Path previous, SQLException e) {
        return MigrationException.failure("SQLite error while updating the previous output " + previous + ": " + e.getMessage(), e);
    }
}
