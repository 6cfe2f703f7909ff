package io.github.altium2kicad.readers.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * What differs between the database servers this tool reads: how to connect with a timeout, how to stream a
 * result set instead of buffering it, and which column types cannot be sorted.
 */
public enum JdbcDialect {

    /** PostgreSQL: rows stream through a server cursor only with autocommit off and a fetch size. */
    POSTGRESQL("PostgreSQL", Set.of("json", "xml", "point", "line", "lseg", "box", "path", "polygon", "circle")) {
        @Override
        public void addConnectionProperties(Properties p, int timeoutSeconds, String driverClass) {
            p.setProperty("connectTimeout", Integer.toString(timeoutSeconds));
            p.setProperty("loginTimeout", Integer.toString(timeoutSeconds));
            p.setProperty("ApplicationName", "altium2kicad");
        }

        @Override
        void prepare(Connection connection) throws SQLException {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
        }
    },
    /**
     * MySQL and MariaDB through MariaDB Connector/J (a positive fetch size streams) or MySQL Connector/J (which
     * needs {@code useCursorFetch} for that).
     */
    MYSQL("MySQL/MariaDB", Set.of()) {
        @Override
        public void addConnectionProperties(Properties p, int timeoutSeconds, String driverClass) {
            p.setProperty("connectTimeout", Integer.toString(timeoutSeconds * 1000));
            if (driverClass.startsWith("com.mysql.")) {
                p.setProperty("useCursorFetch", "true");
            }
        }
    },
    /** SQL Server: forward-only result sets with adaptive response buffering (the driver's default) stream. */
    SQLSERVER("SQL Server", Set.of("text", "ntext", "image", "xml", "sql_variant", "geography", "geometry")) {
        @Override
        public void addConnectionProperties(Properties p, int timeoutSeconds, String driverClass) {
            p.setProperty("loginTimeout", Integer.toString(timeoutSeconds));
            p.setProperty("responseBuffering", "adaptive");
            p.setProperty("applicationName", "altium2kicad");
        }
    },
    /** Any other JDBC database given with {@code --database jdbc:…}. */
    GENERIC("database", Set.of()) {
        @Override
        public void addConnectionProperties(Properties p, int timeoutSeconds, String driverClass) {
            // no portable timeout property; DriverManager's login timeout is left alone (it is JVM-wide)
        }
    };

    private final String product;
    private final Set<String> unsortableTypes;

    JdbcDialect(String product, Set<String> unsortableTypes) {
        this.product = product;
        this.unsortableTypes = unsortableTypes;
    }

    /** The dialect of a JDBC URL. */
    public static JdbcDialect of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return MYSQL;
        }
        if (url.startsWith("jdbc:sqlserver:")) {
            return SQLSERVER;
        }
        return GENERIC;
    }

    /** The server's name for messages, e.g. {@code PostgreSQL}. */
    String product() {
        return product;
    }

    /** Adds the connect/login timeout and streaming settings of this server's driver. */
    public abstract void addConnectionProperties(Properties properties, int timeoutSeconds, String driverClass);

    /** Readies a new connection for streaming reads. */
    void prepare(Connection connection) throws SQLException {
        connection.setReadOnly(true);
    }

    /** True if MySQL-style databases are JDBC catalogs (MySQL/MariaDB) rather than schemas. */
    boolean databasesAreCatalogs() {
        return this == MYSQL;
    }

    /** True if a column of this type (the database's own type name) can be used in ORDER BY. */
    boolean sortable(String typeName, int jdbcType) {
        if (jdbcType == java.sql.Types.BLOB || jdbcType == java.sql.Types.CLOB || jdbcType == java.sql.Types.NCLOB
                || jdbcType == java.sql.Types.SQLXML || jdbcType == java.sql.Types.ARRAY || jdbcType == java.sql.Types.STRUCT) {
            return this == MYSQL; // MySQL sorts TEXT/BLOB (by a prefix); the others cannot
        }
        return typeName == null || !unsortableTypes.contains(typeName.toLowerCase(Locale.ROOT));
    }
}
