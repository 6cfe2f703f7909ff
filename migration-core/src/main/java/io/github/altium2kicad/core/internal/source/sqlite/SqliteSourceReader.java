package io.github.altium2kicad.core.internal.source.sqlite;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.api.source.RecordCursor;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.TableSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * Streams the tables of an SQLite database, read-only. Rows come in {@code rowid} order (insertion order for
 * ordinary tables; primary-key order for {@code WITHOUT ROWID} tables); every value is returned as text the way
 * SQLite converts it ({@code 603} stays {@code 603}, NULL stays {@code null}).
 */
public final class SqliteSourceReader implements SourceReader {

    private final Path file;
    private final Connection connection;

    private SqliteSourceReader(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens {@code file} read-only.
     *
     * @throws MigrationException (bad input) if the file is missing or not an SQLite database
     */
    public static SqliteSourceReader open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw MigrationException.badInput("SQLite database " + file + " does not exist or is not a file.");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.NOMUTEX);
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement st = connection.createStatement()) {
                st.execute("SELECT count(*) FROM sqlite_master"); // fails here if the file is not SQLite
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return new SqliteSourceReader(file, connection);
        } catch (SQLException e) {
            throw MigrationException.badInput("Cannot open " + file + " as an SQLite database: " + e.getMessage()
                    + ". Check that the DbLib points at the right file.", e);
        }
    }

    @Override
    public TableSchema schema(TableDescriptor table) {
        String name = resolveTableName(table.tableName());
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT name FROM pragma_table_info(?) ORDER BY cid")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failure("reading the columns of table '" + name + "'", e);
        }
        if (columns.isEmpty()) {
            throw MigrationException.badInput("Table '" + name + "' in " + file + " has no columns.");
        }
        return new TableSchema(name, columns);
    }

    @Override
    public boolean hasTable(TableDescriptor table) {
        try {
            resolveTableName(table.tableName());
            return true;
        } catch (MigrationException e) {
            return false;
        }
    }

    /** The table's name as the database spells it (SQLite compares table names case-insensitively). */
    private String resolveTableName(String wanted) {
        Set<String> tables = new LinkedHashSet<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table','view') "
                     + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw failure("listing the tables", e);
        }
        if (tables.contains(wanted)) {
            return wanted;
        }
        return tables.stream().filter(t -> t.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> MigrationException.badInput("The DbLib names table '" + wanted + "', but " + file
                        + " has no such table. Tables there: " + (tables.isEmpty() ? "(none)" : String.join(", ", tables))
                        + ". Fix the TableName in the DbLib or disable the table (Enabled=False)."));
    }

    /** The rowid range's size: exact for tables without deleted rows, an estimate otherwise; no table scan. */
    @Override
    public OptionalLong rowCount(TableSchema table) {
        String from = " FROM " + SqlIdentifier.quote(table.tableName());
        String rowid = RowidName.find(table.columns()).orElse("rowid");
        try (Statement st = connection.createStatement()) {
            // each min()/max() on rowid alone is a b-tree lookup, not a scan
            try (ResultSet rs = st.executeQuery("SELECT (SELECT max(" + rowid + ")" + from + ") - (SELECT min(" + rowid + ")"
                    + from + ") + 1")) {
                if (rs.next()) {
                    return OptionalLong.of(rs.getLong(1)); // NULL (empty table) reads as 0
                }
            } catch (SQLException withoutRowid) {
                try (ResultSet rs = st.executeQuery("SELECT count(*)" + from)) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
            return OptionalLong.empty();
        } catch (SQLException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public RecordCursor open(TableSchema table) {
        String select = "SELECT " + String.join(", ", table.columns().stream().map(SqlIdentifier::quote).toList())
                + " FROM " + SqlIdentifier.quote(table.tableName());
        try {
            Statement st = connection.createStatement();
            ResultSet rs;
            try {
                // a column named rowid would order by its text: use a name it does not shadow
                rs = st.executeQuery(select + " ORDER BY " + RowidName.find(table.columns())
                        .orElseThrow(() -> new SQLException("no rowid name left")));
            } catch (SQLException noRowid) {
                rs = st.executeQuery(select); // WITHOUT ROWID tables and views: their natural order
            }
            st.setFetchSize(1000);
            return new Cursor(table, st, rs);
        } catch (SQLException e) {
            throw failure("reading table '" + table.tableName() + "'", e);
        }
    }

    @Override
    public Set<String> distinctValues(TableSchema table, List<Integer> columns) {
        Set<String> values = new java.util.TreeSet<>();
        if (columns.isEmpty()) {
            return values;
        }
        // one scan for all columns: the combinations of library paths are few, however many rows share them
        String names = columns.stream().map(c -> SqlIdentifier.quote(table.columns().get(c))).collect(java.util.stream.Collectors.joining(", "));
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT " + names + " FROM " + SqlIdentifier.quote(table.tableName()))) {
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    String value = rs.getString(i);
                    if (value != null && !value.isBlank()) {
                        values.add(value);
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("reading columns " + names + " of table '" + table.tableName() + "'", e);
        }
        return values;
    }

    private MigrationException failure(String what, SQLException e) {
        return MigrationException.failure("SQLite error while " + what + " in " + file + ": " + e.getMessage(), e);
    }

    /** This reader reads the file's tables as SQL sees them: the engine may copy them inside SQLite. */
    @Override
    public java.util.Optional<Path> attachableSqliteFile() {
        return java.util.Optional.of(file);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("closing the database", e);
        }
    }

    private final class Cursor implements RecordCursor {
        private final TableSchema table;
        private final Statement statement;
        private final ResultSet rows;
        private final int width;
        private long rowNumber;

        Cursor(TableSchema table, Statement statement, ResultSet rows) {
            this.table = table;
            this.statement = statement;
            this.rows = rows;
            this.width = table.columns().size();
        }

        @Override
        public ComponentRecord next() {
            try {
                if (!rows.next()) {
                    return null;
                }
                rowNumber++;
                String[] values = new String[width];
                for (int i = 0; i < width; i++) {
                    values[i] = rows.getString(i + 1);
                }
                return new ComponentRecord(table, rowNumber, values);
            } catch (SQLException e) {
                throw failure("reading row " + (rowNumber + 1) + " of table '" + table.tableName() + "'", e);
            }
        }

        @Override
        public void close() {
            try {
                rows.close();
                statement.close();
            } catch (SQLException e) {
                throw failure("closing table '" + table.tableName() + "'", e);
            }
        }
    }
}
