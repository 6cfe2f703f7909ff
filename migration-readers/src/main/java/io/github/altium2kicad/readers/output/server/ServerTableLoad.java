package io.github.altium2kicad.readers.output.server;

import io.github.altium2kicad.api.output.KicadDblLibrary;
import io.github.altium2kicad.readers.output.server.ServerPublication.PublishedTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One publication: loads every table of the SQLite output into new server tables, then swaps them in for the old
 * ones so that readers see either all old or all new tables.
 *
 * <ul>
 *   <li>PostgreSQL: one transaction (its DDL is transactional) creates, loads, drops the old tables, renames the new
 *       ones and indexes them; any failure rolls everything back.</li>
 *   <li>MySQL/MariaDB (DDL commits): new tables {@code a2k_new_<run>_<n>} are loaded, then one atomic
 *       {@code RENAME TABLE} moves the old ones aside and the new ones in, then the old ones are dropped. A failure
 *       before the rename drops the new tables and leaves the old ones as they were.</li>
 * </ul>
 */
final class ServerTableLoad {

    private static final Logger LOG = LoggerFactory.getLogger(ServerTableLoad.class);

    /** A library's table to publish with its columns, in SQLite order. */
    record Plan(KicadDblLibrary library, List<String> columns) {
    }

    private final Connection sqlite;
    private final Connection server;
    private final OutputServer kind;
    private final String schemaPrefix;
    private final int batchSize;
    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    /** What is being done, for error messages. */
    private String step = "connecting";

    ServerTableLoad(Connection sqlite, Connection server, OutputServer kind, String schema, int batchSize) {
        this.sqlite = sqlite;
        this.server = server;
        this.kind = kind;
        this.schemaPrefix = kind.quote(schema) + ".";
        this.batchSize = batchSize;
    }

    /** What was being done when the last failure happened, e.g. {@code copying table 'Resistors'}. */
    String step() {
        return step;
    }

    /** Publishes {@code plans} as one atomic replacement. */
    List<PublishedTable> publish(List<Plan> plans) throws SQLException {
        return kind == OutputServer.POSTGRESQL ? publishInOneTransaction(plans) : publishAndRename(plans);
    }

    private List<PublishedTable> publishInOneTransaction(List<Plan> plans) throws SQLException {
        server.setAutoCommit(false);
        List<PublishedTable> published = new ArrayList<>();
        try (Statement st = server.createStatement()) {
            st.execute("SET LOCAL lock_timeout = '60s'");
            List<String> staging = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                Plan plan = plans.get(i);
                String name = schemaPrefix + kind.quote("a2k_stage_" + run + "_" + i);
                step = "creating table '" + plan.library().table() + "'";
                st.execute(kind.createTable(name, plan.columns(), plan.library(), ""));
                staging.add(name);
                published.add(new PublishedTable(plan.library().table(), copy(plan, name)));
            }
            for (int i = 0; i < plans.size(); i++) {
                KicadDblLibrary library = plans.get(i).library();
                step = "replacing table '" + library.table() + "'";
                String target = schemaPrefix + kind.quote(library.table());
                st.execute("DROP TABLE IF EXISTS " + target);
                st.execute("ALTER TABLE " + staging.get(i) + " RENAME TO " + kind.quote(library.table()));
                step = "indexing table '" + library.table() + "'";
                for (String sql : kind.createIndexes(schemaPrefix, target, library)) {
                    st.execute(sql);
                }
            }
            step = "committing";
            server.commit();
            return published;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    private List<PublishedTable> publishAndRename(List<Plan> plans) throws SQLException {
        String collation = keyCollation();
        List<String> created = new ArrayList<>();
        List<PublishedTable> published = new ArrayList<>();
        List<String> aside = new ArrayList<>();
        try (Statement st = server.createStatement()) {
            for (int i = 0; i < plans.size(); i++) {
                Plan plan = plans.get(i);
                String name = "a2k_new_" + run + "_" + i;
                step = "creating table '" + plan.library().table() + "'";
                server.setAutoCommit(true);
                st.execute(kind.createTable(schemaPrefix + kind.quote(name), plan.columns(), plan.library(), collation));
                created.add(name);
                server.setAutoCommit(false);
                published.add(new PublishedTable(plan.library().table(), copy(plan, schemaPrefix + kind.quote(name))));
                server.commit();
            }
            server.setAutoCommit(true);
            step = "replacing the tables";
            Set<String> existing = existingTables();
            List<String> renames = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                String table = plans.get(i).library().table();
                if (existing.contains(table)) {
                    String old = "a2k_old_" + run + "_" + i;
                    renames.add(schemaPrefix + kind.quote(table) + " TO " + schemaPrefix + kind.quote(old));
                    aside.add(old);
                }
            }
            for (int i = 0; i < plans.size(); i++) {
                renames.add(schemaPrefix + kind.quote(created.get(i)) + " TO " + schemaPrefix
                        + kind.quote(plans.get(i).library().table()));
            }
            st.execute("RENAME TABLE " + String.join(", ", renames));
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            dropQuietly(created);
            throw e;
        }
        dropQuietly(aside);
        return published;
    }

    /** Copies {@code plan}'s rows from SQLite into {@code target} in batches; returns the row count. */
    private long copy(Plan plan, String target) throws SQLException {
        KicadDblLibrary library = plan.library();
        step = "copying table '" + library.table() + "'";
        List<String> columns = plan.columns();
        int keyIndex = columns.indexOf(library.key());
        String select = "SELECT " + columns.stream().map(ServerTableLoad::sqliteQuote).collect(Collectors.joining(", "))
                + " FROM " + sqliteQuote(library.table()) + " ORDER BY rowid";
        String insert = "INSERT INTO " + target + " (" + columns.stream().map(kind::quote).collect(Collectors.joining(", "))
                + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        long rows = 0;
        try (Statement read = sqlite.createStatement(); ResultSet rs = read.executeQuery(select);
             PreparedStatement write = server.prepareStatement(insert)) {
            String[] values = new String[columns.size()];
            while (rs.next()) {
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getString(i + 1);
                }
                String key = keyIndex >= 0 ? values[keyIndex] : null;
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == null) {
                        write.setNull(i + 1, Types.VARCHAR);
                    } else {
                        kind.checkValue(library, columns.get(i), key, values[i]);
                        write.setString(i + 1, values[i]);
                    }
                }
                write.addBatch();
                if (++rows % batchSize == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        LOG.debug("Copied {} rows of table '{}'", rows, library.table());
        return rows;
    }

    /** The binary collation for MySQL/MariaDB keys: without trailing-space padding where the server has one. */
    private String keyCollation() throws SQLException {
        step = "reading the server's collations";
        Set<String> available = new HashSet<>();
        try (Statement st = server.createStatement(); ResultSet rs = st.executeQuery("SELECT COLLATION_NAME FROM "
                + "information_schema.COLLATIONS WHERE COLLATION_NAME IN ('utf8mb4_nopad_bin', 'utf8mb4_0900_bin')")) {
            while (rs.next()) {
                available.add(rs.getString(1));
            }
        }
        return available.contains("utf8mb4_nopad_bin") ? "utf8mb4_nopad_bin"
                : available.contains("utf8mb4_0900_bin") ? "utf8mb4_0900_bin" : "utf8mb4_bin";
    }

    private Set<String> existingTables() throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement ps = server.prepareStatement(
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private void rollbackQuietly() {
        try {
            if (!server.getAutoCommit()) {
                server.rollback();
            }
        } catch (SQLException e) {
            LOG.debug("Rollback failed: {}", e.getMessage());
        }
    }

    private void dropQuietly(List<String> tables) {
        for (String table : tables) {
            try (Statement st = server.createStatement()) {
                server.setAutoCommit(true);
                st.execute("DROP TABLE IF EXISTS " + schemaPrefix + kind.quote(table));
            } catch (SQLException e) {
                LOG.warn("Could not drop the work table {} on the server ({}); drop it by hand.", table, e.getMessage());
            }
        }
    }

    private static String sqliteQuote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
