package io.github.altium2kicad.readers.output.server;

import io.github.altium2kicad.api.output.KicadDblLibrary;
import io.github.altium2kicad.api.MigrationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What differs between the servers {@link ServerPublisher} writes to: quoting, name limits, column types and the
 * indexes of a KiCad table.
 */
enum OutputServer {

    /** PostgreSQL: every column {@code text}; names up to 63 bytes; text cannot hold the NUL character. */
    POSTGRESQL("PostgreSQL", 5432, "PostgreSQL Unicode", '"') {
        @Override
        void checkIdentifier(String what, String name) {
            int bytes = name.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > 63) {
                throw MigrationException.badInput("PostgreSQL names are at most 63 bytes long, but the " + what + " is "
                        + bytes + " bytes. Shorten it in the Altium database (or rename it with the migration "
                        + "settings) and migrate again.");
            }
        }

        @Override
        String createTable(String qualifiedName, List<String> columns, KicadDblLibrary library, String keyCollation) {
            return "CREATE TABLE " + qualifiedName + " ("
                    + columns.stream().map(c -> quote(c) + " text").collect(Collectors.joining(", ")) + ")";
        }

        @Override
        List<String> createIndexes(String schemaPrefix, String qualifiedTable, KicadDblLibrary library) {
            String stem = "a2k_" + indexStem(library.table());
            List<String> sql = new ArrayList<>();
            sql.add("CREATE UNIQUE INDEX " + quote(stem + "_key") + " ON " + qualifiedTable + " (" + quote(library.key()) + ")");
            sql.add("CREATE INDEX " + quote(stem + "_sym") + " ON " + qualifiedTable + " (" + quote(library.symbols()) + ")");
            if (!library.footprints().equals(library.symbols())) {
                sql.add("CREATE INDEX " + quote(stem + "_fp") + " ON " + qualifiedTable + " (" + quote(library.footprints()) + ")");
            }
            return sql;
        }

        @Override
        void checkValue(KicadDblLibrary library, String column, String key, String value) {
            if (value.indexOf('\0') >= 0) {
                throw MigrationException.badInput("Table '" + library.table() + "', part '" + shorten(key)
                        + "', column '" + column + "': the value holds a NUL character, which PostgreSQL text cannot "
                        + "store. Remove it in the Altium database and migrate again.");
            }
        }

        @Override
        boolean permissionDenied(SQLException e) {
            return "42501".equals(e.getSQLState());
        }
    },

    /**
     * MySQL and MariaDB: field columns {@code MEDIUMTEXT}, the key {@code VARCHAR(768)} with a binary collation (the
     * longest an InnoDB UNIQUE index takes in utf8mb4; binary so that keys differing only in case stay distinct, as
     * in SQLite); names up to 64 characters without trailing spaces.
     */
    MYSQL("MySQL/MariaDB", 3306, "MariaDB Unicode", '`') {
        @Override
        void checkIdentifier(String what, String name) {
            int chars = name.codePointCount(0, name.length());
            if (chars > 64) {
                throw MigrationException.badInput("MySQL/MariaDB names are at most 64 characters long, but the " + what
                        + " is " + chars + " characters. Shorten it in the Altium database (or rename it with the "
                        + "migration settings) and migrate again.");
            }
            if (!name.equals(name.stripTrailing())) {
                throw MigrationException.badInput("MySQL/MariaDB names cannot end with a space, but the " + what
                        + " does. Rename it in the Altium database and migrate again.");
            }
        }

        @Override
        String createTable(String qualifiedName, List<String> columns, KicadDblLibrary library, String keyCollation) {
            List<String> parts = new ArrayList<>();
            for (String c : columns) {
                parts.add(quote(c) + (c.equals(library.key())
                        ? " VARCHAR(" + MAX_MYSQL_KEY_CHARACTERS + ") CHARACTER SET utf8mb4 COLLATE " + keyCollation
                        : " MEDIUMTEXT"));
            }
            parts.add("UNIQUE KEY " + quote("a2k_key") + " (" + quote(library.key()) + ")");
            parts.add("KEY " + quote("a2k_sym") + " (" + quote(library.symbols()) + "(255))");
            if (!library.footprints().equals(library.symbols())) {
                parts.add("KEY " + quote("a2k_fp") + " (" + quote(library.footprints()) + "(255))");
            }
            return "CREATE TABLE " + qualifiedName + " (" + String.join(", ", parts) + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
        }

        @Override
        List<String> createIndexes(String schemaPrefix, String qualifiedTable, KicadDblLibrary library) {
            return List.of(); // created with the table
        }

        @Override
        void checkValue(KicadDblLibrary library, String column, String key, String value) {
            if (column.equals(library.key()) && value.codePointCount(0, value.length()) > MAX_MYSQL_KEY_CHARACTERS) {
                throw MigrationException.badInput("Table '" + library.table() + "': the key '" + shorten(value)
                        + "' in column '" + column + "' is " + value.codePointCount(0, value.length()) + " characters long; "
                        + "MySQL/MariaDB can index keys of at most " + MAX_MYSQL_KEY_CHARACTERS + " characters. Shorten it "
                        + "in the Altium database and migrate again.");
            }
        }

        @Override
        boolean permissionDenied(SQLException e) {
            int code = e.getErrorCode();
            return code == 1142 || code == 1044 || code == 1227 || code == 1143;
        }
    };

    /** The longest key MySQL/MariaDB can hold in a UNIQUE index ({@code VARCHAR(768)}, 3072 bytes in utf8mb4). */
    static final int MAX_MYSQL_KEY_CHARACTERS = 768;

    private final String product;
    private final int defaultPort;
    private final String defaultOdbcDriver;
    private final char quote;

    OutputServer(String product, int defaultPort, String defaultOdbcDriver, char quote) {
        this.product = product;
        this.defaultPort = defaultPort;
        this.defaultOdbcDriver = defaultOdbcDriver;
        this.quote = quote;
    }

    String product() {
        return product;
    }

    int defaultPort() {
        return defaultPort;
    }

    /** The ODBC driver name Debian's driver package registers. */
    String defaultOdbcDriver() {
        return defaultOdbcDriver;
    }

    /** {@code name} quoted as an identifier, embedded quotes doubled. */
    String quote(String name) {
        String q = String.valueOf(quote);
        return q + name.replace(q, q + q) + q;
    }

    /** A stable, short index name stem for {@code table}: names longer than the server allows never clash. */
    static String indexStem(String table) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(table.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code key} cut to 40 characters for messages. */
    static String shorten(String key) {
        return key == null ? "(no key)" : key.length() <= 40 ? key : key.substring(0, 40) + "…";
    }

    /** @throws MigrationException (bad input) naming {@code what} if the server cannot hold {@code name} */
    abstract void checkIdentifier(String what, String name);

    /**
     * The CREATE TABLE statement for {@code library}'s table with {@code columns}, all text.
     *
     * @param keyCollation MySQL/MariaDB: the binary collation of the key column on this server
     */
    abstract String createTable(String qualifiedName, List<String> columns, KicadDblLibrary library, String keyCollation);

    /** The statements creating the key and secondary indexes, if not created with the table. */
    abstract List<String> createIndexes(String schemaPrefix, String qualifiedTable, KicadDblLibrary library);

    /** @throws MigrationException (bad input) if the server cannot store {@code value} in {@code column} */
    abstract void checkValue(KicadDblLibrary library, String column, String key, String value);

    /** True if {@code e} says the user lacks a privilege. */
    abstract boolean permissionDenied(SQLException e);
}
