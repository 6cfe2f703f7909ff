package io.github.altium2kicad.readers.jdbc;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.api.source.RecordCursor;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.TableSchema;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the tables of a database server over JDBC, read-only.
 *
 * <ul>
 *   <li>Connecting fails fast ({@value #DEFAULT_TIMEOUT_SECONDS} s connect/login timeout) with a message that says
 *       whether the server was unreachable, refused the login or lacks the database; never with the password.</li>
 *   <li>Tables are looked up in the DbLib table's {@code SchemaName}, else the DbLib's {@code SchemaName} (and, unless
 *       {@code UseTableSchemaName=1}, then as without a schema), else in the connection's current schema (PostgreSQL
 *       {@code public}, SQL Server {@code dbo}, MySQL the database) and then every schema; names compare exactly,
 *       then case-insensitively; a name {@code schema.table} is split if no table has the whole name.</li>
 *   <li>Identifiers are quoted with the database's own quote ({@link DatabaseMetaData#getIdentifierQuoteString()}),
 *       embedded quotes doubled, so any table or column name is safe.</li>
 *   <li>Rows stream (PostgreSQL: autocommit off + fetch size; MySQL/MariaDB: fetch size; SQL Server: forward-only,
 *       adaptive buffering) in a deterministic order: by the primary key if the table has one, else by every
 *       sortable column from left to right (rows equal in all of them are identical for the migration).</li>
 *   <li>Values become text as {@link JdbcValueText} says.</li>
 * </ul>
 */
public final class JdbcSourceReader implements SourceReader {

    /** Connect and login timeout. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcSourceReader.class);
    private static final int FETCH_SIZE = 1000;
    private static final Set<String> TABLE_TYPES = Set.of("TABLE", "VIEW", "BASE TABLE", "PARTITIONED TABLE",
            "FOREIGN TABLE", "MATERIALIZED VIEW", "SYNONYM");
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog", "pg_toast", "sys",
            "mysql", "performance_schema", "guest");

    private final SourceLocation location;
    private final JdbcDialect dialect;
    private final Connection connection;
    private final String quote;
    private final String defaultSchema;
    private final boolean schemaRequired;
    private final Optional<String> password;
    private final Map<String, Resolved> tables = new HashMap<>();

    /** A table found in the database: where it is and how to select it. */
    private record Resolved(String container, String name, String from, List<String> orderBy) {
    }

    private JdbcSourceReader(SourceLocation location, JdbcDialect dialect, Connection connection, String defaultSchema,
                             boolean schemaRequired) throws SQLException {
        this.location = location;
        this.dialect = dialect;
        this.connection = connection;
        String q = connection.getMetaData().getIdentifierQuoteString();
        this.quote = q == null || q.isBlank() ? "\"" : q.strip();
        this.defaultSchema = defaultSchema == null ? "" : defaultSchema.strip();
        this.schemaRequired = schemaRequired;
        this.password = location.password().filter(p -> !p.isEmpty());
    }

    /**
     * Connects to {@code location}.
     *
     * @param defaultSchema  the DbLib's {@code SchemaName}, used for tables without their own (may be blank)
     * @param schemaRequired the DbLib's {@code UseTableSchemaName=1}: Altium qualifies table names with the schema,
     *                       so a table must be in it; otherwise a table not in the named schema is looked for as
     *                       Altium would find it, unqualified
     * @param timeoutSeconds connect and login timeout
     * @throws MigrationException (bad input) if no driver is on the class path, the server cannot be reached, the
     *                            login is refused or the database does not exist
     */
    public static JdbcSourceReader open(SourceLocation location, String defaultSchema, boolean schemaRequired,
                                        int timeoutSeconds) {
        String url = location.jdbcUrl().orElseThrow(() -> new IllegalArgumentException("not a JDBC location: " + location));
        Driver driver = driver(url, location);
        if (url.regionMatches(true, 0, "jdbc:mysql:", 0, 11) && driver.getClass().getName().startsWith("org.mariadb.")) {
            url = "jdbc:mariadb:" + url.substring(11); // MariaDB Connector/J speaks to MySQL under its own scheme
        }
        JdbcDialect dialect = JdbcDialect.of(url);
        Properties properties = new Properties();
        location.user().ifPresent(u -> properties.setProperty("user", u));
        location.password().ifPresent(p -> properties.setProperty("password", p));
        dialect.addConnectionProperties(properties, timeoutSeconds, driver.getClass().getName());
        long started = System.nanoTime();
        Connection connection = null;
        try {
            connection = driver.connect(url, properties);
            if (connection == null) {
                throw MigrationException.badInput("The JDBC driver " + driver.getClass().getName() + " does not accept the "
                        + "URL of the " + location + ". Check the --database URL.");
            }
            dialect.prepare(connection);
            LOG.debug("Connected to the {} in {} ms", location, (System.nanoTime() - started) / 1_000_000);
            return new JdbcSourceReader(location, dialect, connection, defaultSchema, schemaRequired);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw connectFailure(location, dialect, e, timeoutSeconds);
        }
    }

    private static Driver driver(String url, SourceLocation location) {
        for (String candidate : url.regionMatches(true, 0, "jdbc:mysql:", 0, 11)
                ? List.of(url, "jdbc:mariadb:" + url.substring(11)) : List.of(url)) {
            try {
                return DriverManager.getDriver(candidate);
            } catch (SQLException noDriver) {
                // try the next spelling
            }
        }
        String scheme = url.split(":", 3).length > 1 ? url.split(":", 3)[1] : url;
        String artifact = switch (scheme.toLowerCase(Locale.ROOT)) {
            case "postgresql" -> "org.postgresql:postgresql";
            case "mysql", "mariadb" -> "org.mariadb.jdbc:mariadb-java-client";
            case "sqlserver" -> "com.microsoft.sqlserver:mssql-jdbc";
            default -> "the JDBC driver of that database";
        };
        throw MigrationException.badInput("No JDBC driver for jdbc:" + scheme + ": URLs is on the class path, so the "
                + location + " cannot be read. Add " + artifact + " to the class path (the altium2kicad command bundles "
                + "the PostgreSQL, MariaDB/MySQL and SQL Server drivers).");
    }

    private static MigrationException connectFailure(SourceLocation location, JdbcDialect dialect, SQLException e,
                                                     int timeoutSeconds) {
        String why = scrub(e.getMessage(), location.password());
        String user = location.user().map(u -> "user '" + u + "'").orElse("no user name");
        String credentials = "Give the user name and password with the environment variables ALTIUM2KICAD_DB_USER and "
                + "ALTIUM2KICAD_DB_PASSWORD, or in the DbLib's connection string (Uid/Pwd, User ID/Password).";
        return switch (ConnectionFailure.of(e)) {
            case UNREACHABLE -> MigrationException.badInput("Cannot reach the " + dialect.product() + " server of the "
                    + location + " (connect timeout " + timeoutSeconds + " s): " + why + ". Check that the server runs and "
                    + "accepts TCP connections at that address and port (Server/Port in the DbLib's connection string), or "
                    + "give the location with --database <jdbc-url> (config key: database).", safe(e, location));
            case LOGIN -> MigrationException.badInput("The " + dialect.product() + " server of the " + location
                    + " refused the login of " + user + ": " + why + ". " + credentials, safe(e, location));
            case UNKNOWN_DATABASE -> MigrationException.badInput("The " + dialect.product() + " server of the " + location
                    + " has no such database: " + why + ". Check the database name (Database/Initial Catalog in the "
                    + "DbLib's connection string) or pass --database <jdbc-url>.", safe(e, location));
            case OTHER -> MigrationException.badInput("Cannot connect to the " + location + ": " + why + ". Check the "
                    + "connection settings, or pass --database <jdbc-url> (config key: database).", safe(e, location));
        };
    }

    /** The driver's exception unless its message could hold the password; then none (the message has the reason). */
    private static Throwable safe(SQLException e, SourceLocation location) {
        return safe(e, location.password());
    }

    /** {@code e} unless a message in its chain could hold {@code password}; then null. */
    public static Throwable safe(SQLException e, Optional<String> password) {
        Optional<String> pw = password.filter(p -> !p.isEmpty());
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (pw.isPresent() && m != null && !scrub(m, pw).equals(m)) {
                return null;
            }
        }
        return e;
    }

    /** {@code message} with the password (as written and URL-encoded) replaced by {@code *****}. */
    public static String scrub(String message, Optional<String> password) {
        if (message == null) {
            return "(no message)";
        }
        String out = message;
        if (password.isPresent() && !password.get().isEmpty()) {
            out = out.replace(password.get(), "*****")
                    .replace(URLEncoder.encode(password.get(), StandardCharsets.UTF_8), "*****");
        }
        return out;
    }

    private String scrub(String message) {
        return scrub(message, password);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing
            }
        }
    }

    // ------------------------------------------------------------------ tables

    @Override
    public TableSchema schema(TableDescriptor descriptor) {
        String schema = descriptor.schemaName() != null && !descriptor.schemaName().isBlank()
                ? descriptor.schemaName().strip() : defaultSchema;
        Resolved found;
        try {
            found = resolve(descriptor.tableName(), schema);
        } catch (MigrationException notInSchema) {
            if (schema.isEmpty() || schemaRequired) {
                throw notInSchema;
            }
            found = resolve(descriptor.tableName(), ""); // UseTableSchemaName=0: Altium does not qualify the name
        }
        List<String> columns = new ArrayList<>();
        List<String> sortable = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + found.from() + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
                if (dialect.sortable(meta.getColumnTypeName(i), meta.getColumnType(i))) {
                    sortable.add(meta.getColumnName(i));
                }
            }
        } catch (SQLException e) {
            throw failure("reading the columns of table '" + found.name() + "'", e);
        }
        if (columns.isEmpty()) {
            throw MigrationException.badInput("Table '" + found.name() + "' in the " + location + " has no columns.");
        }
        List<String> key = primaryKey(found);
        List<String> orderBy = key.isEmpty() ? sortable : key;
        if (key.isEmpty()) {
            LOG.debug("Table '{}' has no primary key: reading it ordered by {}", found.name(), orderBy);
        }
        String label = found.container() == null || found.container().equalsIgnoreCase(currentContainer())
                ? found.name() : found.container() + "." + found.name();
        tables.put(label, new Resolved(found.container(), found.name(), found.from(), orderBy));
        return new TableSchema(label, columns);
    }

    private List<String> primaryKey(Resolved table) {
        TreeMap<Short, String> columns = new TreeMap<>();
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = dialect.databasesAreCatalogs() ? table.container() : null;
            String schema = dialect.databasesAreCatalogs() ? null : table.container();
            try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table.name())) {
                while (rs.next()) {
                    columns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
        } catch (SQLException e) {
            recover();
            LOG.debug("Cannot read the primary key of '{}': {}", table.name(), scrub(e.getMessage()));
        }
        return List.copyOf(columns.values());
    }

    /** The schema (or MySQL database) unqualified names refer to. */
    private String currentContainer() {
        try {
            return dialect.databasesAreCatalogs() ? connection.getCatalog() : connection.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }

    private Resolved resolve(String wanted, String schema) {
        List<String[]> all = listTables(); // {container, name}
        String current = currentContainer();
        List<String[]> scope;
        String scopeLabel;
        if (!schema.isEmpty()) {
            scope = all.stream().filter(t -> schema.equalsIgnoreCase(t[0])).toList();
            scopeLabel = "schema '" + schema + "'";
        } else {
            scope = all.stream().filter(t -> current == null || current.equalsIgnoreCase(t[0])).toList();
            scopeLabel = current == null ? "the database" : "schema '" + current + "'";
        }
        Optional<String[]> hit = match(scope, wanted);
        if (hit.isEmpty() && schema.isEmpty()) {
            List<String[]> elsewhere = all.stream().filter(t -> matches(t[1], wanted)).toList();
            if (elsewhere.size() == 1) {
                hit = Optional.of(elsewhere.get(0));
            } else if (elsewhere.size() > 1) {
                throw MigrationException.badInput("Table '" + wanted + "' exists in several schemas of the " + location + " ("
                        + elsewhere.stream().map(t -> t[0]).collect(Collectors.joining(", ")) + "). Say which with "
                        + "SchemaName in the DbLib's [TableN] section.");
            }
        }
        int dot = wanted.indexOf('.');
        if (hit.isEmpty() && dot > 0 && schema.isEmpty()) {
            String s = unquote(wanted.substring(0, dot));
            String n = unquote(wanted.substring(dot + 1));
            hit = match(all.stream().filter(t -> s.equalsIgnoreCase(t[0])).toList(), n);
        }
        if (hit.isEmpty()) {
            Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            scope.forEach(t -> names.add(t[1]));
            throw MigrationException.badInput("The DbLib names table '" + wanted + "', but the " + location + " has no such "
                    + "table in " + scopeLabel + ". Tables there: " + (names.isEmpty() ? "(none)" : String.join(", ", names))
                    + ". Fix the TableName (or SchemaName) in the DbLib or disable the table (Enabled=False).");
        }
        String[] t = hit.get();
        String from = (t[0] == null ? "" : quote(t[0]) + ".") + quote(t[1]);
        return new Resolved(t[0], t[1], from, List.of());
    }

    private static Optional<String[]> match(List<String[]> tables, String wanted) {
        return tables.stream().filter(t -> t[1].equals(wanted)).findFirst()
                .or(() -> tables.stream().filter(t -> t[1].equalsIgnoreCase(wanted)).findFirst());
    }

    private static boolean matches(String name, String wanted) {
        return name.equalsIgnoreCase(wanted);
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.startsWith("[") && t.endsWith("]") || t.startsWith("\"") && t.endsWith("\"")
                || t.startsWith("`") && t.endsWith("`"))) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }

    private List<String[]> listTables() {
        List<String[]> out = new ArrayList<>();
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = dialect.databasesAreCatalogs() ? null : connection.getCatalog();
            try (ResultSet rs = meta.getTables(catalog, null, "%", null)) {
                while (rs.next()) {
                    String type = rs.getString("TABLE_TYPE");
                    String container = dialect.databasesAreCatalogs() ? rs.getString("TABLE_CAT") : rs.getString("TABLE_SCHEM");
                    if (type == null || !TABLE_TYPES.contains(type.toUpperCase(Locale.ROOT))
                            || (container != null && SYSTEM_SCHEMAS.contains(container.toLowerCase(Locale.ROOT)))) {
                        continue;
                    }
                    out.add(new String[] {container, rs.getString("TABLE_NAME")});
                }
            }
        } catch (SQLException e) {
            throw failure("listing the tables", e);
        }
        return out;
    }

    private String quote(String identifier) {
        if (identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an SQL identifier cannot contain a NUL character");
        }
        return quote + identifier.replace(quote, quote + quote) + quote;
    }

    private Resolved table(TableSchema schema) {
        Resolved t = tables.get(schema.tableName());
        if (t == null) {
            throw new IllegalStateException("schema() was not called for " + schema.tableName());
        }
        return t;
    }

    // ------------------------------------------------------------------ reading

    @Override
    public OptionalLong rowCount(TableSchema schema) {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table(schema).from())) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            recover();
            return OptionalLong.empty();
        }
    }

    @Override
    public RecordCursor open(TableSchema schema) {
        Resolved t = table(schema);
        String select = "SELECT " + schema.columns().stream().map(this::quote).collect(Collectors.joining(", "))
                + " FROM " + t.from()
                + (t.orderBy().isEmpty() ? "" : " ORDER BY " + t.orderBy().stream().map(this::quote).collect(Collectors.joining(", ")));
        Statement st = null;
        try {
            st = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            st.setFetchSize(FETCH_SIZE);
            ResultSet rs = st.executeQuery(select);
            return new Cursor(schema, st, rs, JdbcValueText.of(rs.getMetaData()));
        } catch (SQLException e) {
            if (st != null) {
                try {
                    st.close();
                } catch (SQLException ignored) {
                    // already failing
                }
            }
            recover();
            throw failure("reading table '" + schema.tableName() + "'", e);
        }
    }

    @Override
    public Set<String> distinctValues(TableSchema schema, List<Integer> columns) {
        Set<String> values = new TreeSet<>();
        Resolved t = table(schema);
        for (int column : columns) {
            String name = quote(schema.columns().get(column));
            try (Statement st = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                st.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = st.executeQuery("SELECT DISTINCT " + name + " FROM " + t.from() + " WHERE " + name
                        + " IS NOT NULL")) {
                    JdbcValueText text = JdbcValueText.of(rs.getMetaData());
                    while (rs.next()) {
                        String value = text.get(rs, 0);
                        if (value != null && !value.isBlank()) {
                            values.add(value);
                        }
                    }
                }
            } catch (SQLException e) {
                recover();
                throw failure("reading column '" + schema.columns().get(column) + "' of table '" + schema.tableName() + "'", e);
            }
        }
        return values;
    }

    /** Ends a failed transaction, so that PostgreSQL accepts the next statement. */
    private void recover() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is gone; the next statement will say so
        }
    }

    private MigrationException failure(String what, SQLException e) {
        return MigrationException.failure(dialect.product() + " error while " + what + " in the " + location + ": "
                + scrub(e.getMessage()), safe(e, location));
    }

    @Override
    public void close() {
        try {
            recover();
            connection.close();
        } catch (SQLException e) {
            throw failure("closing the connection", e);
        }
    }

    @Override
    public String toString() {
        return location.toString();
    }

    private final class Cursor implements RecordCursor {
        private final TableSchema schema;
        private final Statement statement;
        private final ResultSet rows;
        private final JdbcValueText text;
        private long rowNumber;

        Cursor(TableSchema schema, Statement statement, ResultSet rows, JdbcValueText text) {
            this.schema = schema;
            this.statement = statement;
            this.rows = rows;
            this.text = text;
        }

        @Override
        public ComponentRecord next() {
            int column = -1;
            try {
                if (!rows.next()) {
                    return null;
                }
                rowNumber++;
                String[] values = new String[schema.columns().size()];
                for (column = 0; column < values.length; column++) {
                    values[column] = text.get(rows, column);
                }
                return new ComponentRecord(schema, rowNumber, values);
            } catch (SQLException e) {
                recover();
                throw failure("reading " + (column >= 0 ? "column '" + schema.columns().get(column) + "' of " : "")
                        + "row " + (column >= 0 ? rowNumber : rowNumber + 1) + " of table '" + schema.tableName() + "'", e);
            }
        }

        @Override
        public void close() {
            try {
                rows.close();
                statement.close();
                if (!connection.getAutoCommit()) {
                    connection.commit(); // ends the read transaction that held PostgreSQL's cursor
                }
            } catch (SQLException e) {
                throw failure("closing table '" + schema.tableName() + "'", e);
            }
        }
    }
}
