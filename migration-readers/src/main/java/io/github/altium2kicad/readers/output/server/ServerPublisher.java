package io.github.altium2kicad.readers.output.server;

import io.github.altium2kicad.readers.jdbc.ConnectionFailure;
import io.github.altium2kicad.readers.jdbc.JdbcDialect;
import io.github.altium2kicad.readers.jdbc.JdbcSourceReader;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.output.KicadDblLibrary;
import io.github.altium2kicad.api.output.PublishedLibrary;
import io.github.altium2kicad.readers.output.server.ServerPublication.PublishedTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a finished migration to a team server: copies every library table of the SQLite output into PostgreSQL
 * or MySQL/MariaDB (all columns text, a UNIQUE index on the key, indexes on the symbols and footprints columns),
 * replacing the tables of an earlier publication atomically, then writes {@code <name>-<scheme>.kicad_dbl} next to
 * the SQLite one with an ODBC connection string for that server and no login in it.
 *
 * <p>A failed publication leaves the server's previous tables as they were. The password is used to connect and
 * nowhere else: never in messages, logs or files.
 *
 * <p>A migration with {@code output_database} set runs it as an output of the engine ({@link ServerOutputProvider});
 * an output an earlier run wrote can be published on its own:
 *
 * <pre>{@code
 * ServerPublication p = new ServerPublisher().publish(result, "jdbc:postgresql://db:5432/parts",
 *         Optional.of("writer"), Optional.of(password), ServerOptions.defaults());
 * }</pre>
 */
public final class ServerPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(ServerPublisher.class);

    /**
     * Checks that {@code jdbcUrl} names a PostgreSQL or MySQL/MariaDB database and describes it without credentials,
     * e.g. {@code PostgreSQL database 'parts' on db:5432}.
     *
     * @throws MigrationException (bad input) if it does not
     */
    public static String describe(String jdbcUrl) {
        return ServerTarget.parse(jdbcUrl).description();
    }

    /**
     * Copies {@code result}'s database to the server at {@code jdbcUrl} and writes the server {@code .kicad_dbl}.
     *
     * @param result   a successful migration
     * @param jdbcUrl  {@code jdbc:postgresql://host[:port]/db[?currentSchema=s]} or
     *                 {@code jdbc:mariadb|mysql://host[:port]/db}; may carry the login too
     * @param user     the user name (else the URL's)
     * @param password the password (else the URL's); a secret
     * @throws MigrationException bad input if the URL, the login, the privileges or the data do not fit the server;
     *                            failure if the server fails otherwise. The server's previous tables are then unchanged.
     */
    public ServerPublication publish(MigrationResult result, String jdbcUrl, Optional<String> user, Optional<String> password,
                                     ServerOptions options) {
        ServerTarget.parse(jdbcUrl); // a wrong URL before reading the files
        return publish(ServerKicadDbl.read(result.kicadDbl(), result.database()), jdbcUrl, user, password, options);
    }

    /**
     * Copies {@code library}'s database to the server at {@code jdbcUrl} and writes the server {@code .kicad_dbl}
     * ({@code <name>-<scheme>.kicad_dbl} next to the SQLite one); the parameters and failures as
     * {@link #publish(MigrationResult, String, Optional, Optional, ServerOptions)}.
     */
    public ServerPublication publish(PublishedLibrary library, String jdbcUrl, Optional<String> user,
                                     Optional<String> password, ServerOptions options) {
        ServerTarget target = ServerTarget.parse(jdbcUrl);
        OutputServer kind = target.server();
        Optional<String> secret = password.filter(p -> !p.isEmpty());
        String where = target.description() + user.map(u -> " as user '" + u + "'").orElse("");
        List<PublishedTable> tables;
        Optional<String> schema;
        try (Connection sqlite = openSqlite(library.database())) {
            List<ServerTableLoad.Plan> plans = plans(sqlite, library, kind);
            try (Connection server = connect(target, jdbcUrl, user, secret, options, where)) {
                schema = Optional.of(schema(server, target, where));
                ServerTableLoad load = new ServerTableLoad(sqlite, server, kind, schema.get(), options.batchSize());
                try {
                    tables = load.publish(plans);
                } catch (SQLException e) {
                    throw failure(kind, where, load.step(), e, secret);
                } catch (MigrationException e) {
                    throw new MigrationException(e.kind(), e.getMessage() + " Nothing was changed on the " + where + ".",
                            e.getCause());
                }
            }
        } catch (SQLException e) {
            throw MigrationException.failure("Cannot read the KiCad database " + library.database() + " or close the "
                    + "connection to the " + where + ": " + JdbcSourceReader.scrub(e.getMessage(), secret),
                    JdbcSourceReader.safe(e, secret));
        }
        String driver = options.odbcDriver().orElse(kind.defaultOdbcDriver());
        String connectionString = target.odbcConnectionString(driver, kind == OutputServer.POSTGRESQL ? schema : Optional.empty());
        Path file = sibling(library.kicadDbl(), target.scheme());
        library.writeKicadDbl(file, "Migrated from Altium; parts on the " + target.description()
                + ". Give your login in a DSN or in the username/password fields.", connectionString);
        ServerPublication publication = new ServerPublication(file, target.description(), connectionString, tables);
        LOG.info("Published {} parts in {} tables to the {}; KiCad library: {}", publication.rows(), tables.size(), where, file);
        return publication;
    }

    /** {@code <name>-<suffix>.kicad_dbl} next to {@code kicadDbl}. */
    private static Path sibling(Path kicadDbl, String suffix) {
        String name = kicadDbl.getFileName().toString();
        String stem = name.endsWith(".kicad_dbl") ? name.substring(0, name.length() - ".kicad_dbl".length()) : name;
        return kicadDbl.resolveSibling(stem + "-" + suffix + ".kicad_dbl");
    }

    /** The tables to publish and their columns as SQLite has them; checks every name fits the server. */
    private static List<ServerTableLoad.Plan> plans(Connection sqlite, PublishedLibrary published, OutputServer kind)
            throws SQLException {
        List<ServerTableLoad.Plan> plans = new ArrayList<>();
        for (KicadDblLibrary library : published.libraries()) {
            kind.checkIdentifier("table name '" + library.table() + "'", library.table());
            List<String> columns = new ArrayList<>();
            try (Statement st = sqlite.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA table_info(\"" + library.table().replace("\"", "\"\"") + "\")")) {
                while (rs.next()) {
                    columns.add(rs.getString("name"));
                }
            }
            if (columns.isEmpty()) {
                throw MigrationException.badInput("The KiCad database has no table '" + library.table() + "' that the "
                        + ".kicad_dbl names: publish the output of a complete migration.");
            }
            for (String column : columns) {
                kind.checkIdentifier("column name '" + column + "' of table '" + library.table() + "'", column);
            }
            for (String needed : List.of(library.key(), library.symbols(), library.footprints())) {
                if (!columns.contains(needed)) {
                    throw MigrationException.badInput("Table '" + library.table() + "' of the KiCad database has no column '"
                            + needed + "' that the .kicad_dbl names.");
                }
            }
            plans.add(new ServerTableLoad.Plan(library, List.copyOf(columns)));
        }
        return plans;
    }

    private static Connection openSqlite(Path database) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        return DriverManager.getConnection("jdbc:sqlite:" + database, readOnly);
    }

    private static Connection connect(ServerTarget target, String jdbcUrl, Optional<String> user, Optional<String> password,
                                      ServerOptions options, String where) {
        String url = jdbcUrl.strip();
        Driver driver = driver(url, target);
        if (url.regionMatches(true, 0, "jdbc:mysql:", 0, 11) && driver.getClass().getName().startsWith("org.mariadb.")) {
            url = "jdbc:mariadb:" + url.substring(11);
        }
        Properties properties = new Properties();
        user.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        JdbcDialect.of(url).addConnectionProperties(properties, options.connectTimeoutSeconds(), driver.getClass().getName());
        if (target.server() == OutputServer.POSTGRESQL) {
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        try {
            Connection connection = driver.connect(url, properties);
            if (connection == null) {
                throw MigrationException.badInput("The JDBC driver " + driver.getClass().getName()
                        + " does not accept the URL of the " + where + ".");
            }
            LOG.debug("Connected to the {} to publish", where);
            return connection;
        } catch (SQLException e) {
            throw connectFailure(target, where, e, password, options.connectTimeoutSeconds());
        }
    }

    private static Driver driver(String url, ServerTarget target) {
        List<String> candidates = url.regionMatches(true, 0, "jdbc:mysql:", 0, 11)
                ? List.of(url, "jdbc:mariadb:" + url.substring(11)) : List.of(url);
        for (String candidate : candidates) {
            try {
                return DriverManager.getDriver(candidate);
            } catch (SQLException noDriver) {
                // try the next spelling
            }
        }
        throw MigrationException.badInput("No JDBC driver for the " + target.description() + " is on the class path: add "
                + (target.server() == OutputServer.POSTGRESQL ? "org.postgresql:postgresql" : "org.mariadb.jdbc:mariadb-java-client")
                + " (the altium2kicad command bundles both).");
    }

    private static MigrationException connectFailure(ServerTarget target, String where, SQLException e,
                                                     Optional<String> password, int timeoutSeconds) {
        String why = JdbcSourceReader.scrub(e.getMessage(), password);
        Throwable cause = JdbcSourceReader.safe(e, password);
        String login = "Give the login in the JDBC URL or with the environment variables "
                + "ALTIUM2KICAD_OUTPUT_DB_USER and ALTIUM2KICAD_OUTPUT_DB_PASSWORD.";
        return switch (ConnectionFailure.of(e)) {
            case UNREACHABLE -> MigrationException.badInput("Cannot reach the " + target.server().product() + " server of the "
                    + where + " (connect timeout " + timeoutSeconds + " s) to publish the KiCad database: " + why
                    + ". Check that the server runs and accepts TCP connections at that address and port.", cause);
            case LOGIN -> MigrationException.badInput("The " + target.server().product() + " server refused the login to the "
                    + where + ": " + why + ". " + login, cause);
            case UNKNOWN_DATABASE -> MigrationException.badInput("The " + target.server().product() + " server of the "
                    + where + " has no such database: " + why + ". Create the database first (the tables are created "
                    + "by altium2kicad).", cause);
            case OTHER -> MigrationException.badInput("Cannot connect to the " + where + " to publish the KiCad database: "
                    + why + ".", cause);
        };
    }

    /** The schema (PostgreSQL) or database (MySQL/MariaDB) to write into. */
    private static String schema(Connection server, ServerTarget target, String where) {
        try {
            if (target.server() == OutputServer.MYSQL) {
                return server.getCatalog();
            }
            if (target.schema().isPresent()) {
                try (Statement st = server.createStatement()) {
                    st.execute("CREATE SCHEMA IF NOT EXISTS " + OutputServer.POSTGRESQL.quote(target.schema().get()));
                }
                return target.schema().get();
            }
            String current = server.getSchema();
            if (current == null) {
                throw MigrationException.badInput("The " + where + " has no current schema to create the tables in: give "
                        + "one with ?currentSchema=<schema> in the URL.");
            }
            return current;
        } catch (SQLException e) {
            throw MigrationException.badInput("Cannot find or create the schema to write to on the " + where + ": "
                    + e.getMessage(), e);
        }
    }

    private static MigrationException failure(OutputServer kind, String where, String step, SQLException e,
                                              Optional<String> password) {
        SQLException root = e;
        while (root.getNextException() != null && root.getNextException() != root) {
            root = root.getNextException();
        }
        String why = JdbcSourceReader.scrub(root.getMessage(), password);
        if (why.length() > 500) {
            why = why.substring(0, 500) + "…";
        }
        Throwable cause = JdbcSourceReader.safe(e, password);
        if (kind.permissionDenied(root) || kind.permissionDenied(e)) {
            return MigrationException.badInput("The " + where + " denied a privilege while " + step + ": " + why
                    + ". The user needs to create, drop and rename tables in that database (PostgreSQL: CREATE on the "
                    + "schema and ownership of the tables it replaces). Nothing was changed on the server.", cause);
        }
        return MigrationException.failure("Publishing to the " + where + " failed while " + step + ": " + why
                + ". Nothing was changed on the server.", cause);
    }
}
