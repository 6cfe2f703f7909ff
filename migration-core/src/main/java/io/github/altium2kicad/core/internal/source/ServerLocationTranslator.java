package io.github.altium2kicad.core.internal.source;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.ConnectionString;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.source.BackendKind;
import io.github.altium2kicad.api.source.DatabaseCredentials;
import io.github.altium2kicad.api.source.SourceLocation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Translates the connection string of a server backend into a JDBC location:
 * <ul>
 *   <li>MySQL/MariaDB ODBC ({@code DRIVER={MySQL ODBC 8.3 ANSI Driver};SERVER=…;PORT=…;DATABASE=…;USER=…;PWD=…})
 *       → {@code jdbc:mariadb://server:port/database} (MariaDB Connector/J speaks to both);</li>
 *   <li>PostgreSQL ODBC ({@code Driver={PostgreSQL Unicode};Server=…;Port=…;Database=…;Uid=…;Pwd=…;SSLmode=…})
 *       → {@code jdbc:postgresql://server:port/database?sslmode=…};</li>
 *   <li>SQL Server, by OLE DB ({@code Provider=SQLOLEDB|MSOLEDBSQL|SQLNCLI11;Data Source=srv\INSTANCE,port;
 *       Initial Catalog=…;User ID=…;Password=…}) or ODBC ({@code Driver={ODBC Driver 17 for SQL Server};Server=…;
 *       Database=…;Uid=…;Pwd=…}) → {@code jdbc:sqlserver://srv;instanceName=…;portNumber=…;databaseName=…;encrypt=…}.</li>
 * </ul>
 * ODBC strings may come wrapped in {@code Provider=MSDASQL;Extended Properties="…"}, with the login at either
 * level. Credentials: see {@link DatabaseCredentials} for which source wins.
 */
final class ServerLocationTranslator {

    private static final Set<String> YES = Set.of("yes", "true", "sspi", "1", "mandatory");

    private final Map<String, String> environment;

    ServerLocationTranslator(Map<String, String> environment) {
        this.environment = environment;
    }

    SourceLocation translate(LibraryDescriptor library, ConnectionString cs, BackendKind kind) {
        ConnectionString odbc = odbcPart(cs);
        DatabaseCredentials written = new DatabaseCredentials(
                odbc.first("UID", "User", "User ID", "UserName", "User Name").or(() -> cs.first("User ID", "UID", "User")),
                odbc.first("PWD", "Password").or(() -> cs.first("Password", "PWD")));
        DatabaseCredentials credentials = DatabaseCredentials.fromEnvironment(environment).orElse(written);
        return switch (kind) {
            case MYSQL -> mysql(library, cs, odbc, credentials);
            case POSTGRESQL -> postgres(library, cs, odbc, credentials);
            case SQLSERVER -> sqlServer(library, cs, odbc, credentials);
            default -> throw untranslatable(library, cs, "its ODBC driver "
                    + odbc.getUnbraced("Driver").map(d -> "{" + d + "}").orElse("") + " is not one this tool knows");
        };
    }

    /** The ODBC string inside {@code MSDASQL}'s extended properties, else the string itself. */
    private static ConnectionString odbcPart(ConnectionString cs) {
        if (cs.get("Provider").orElse("").toLowerCase(Locale.ROOT).startsWith("msdasql")) {
            try {
                Optional<ConnectionString> extended = cs.extendedProperties();
                if (extended.isPresent() && extended.get().get("Driver").isPresent()) {
                    return extended.get();
                }
            } catch (IllegalArgumentException unparseable) {
                // fall back to the top level
            }
        }
        return cs;
    }

    private SourceLocation mysql(LibraryDescriptor library, ConnectionString cs, ConnectionString odbc,
                                 DatabaseCredentials credentials) {
        String host = required(library, cs, odbc.first("SERVER", "Host", "Data Source"), "SERVER");
        int port = port(library, cs, odbc.first("PORT"), 3306);
        String database = odbc.first("DATABASE", "DB").orElse("");
        String url = "jdbc:mariadb://" + hostForUrl(host) + ":" + port + "/" + database;
        return location(BackendKind.MYSQL, url, credentials, "MySQL/MariaDB database "
                + (database.isEmpty() ? "" : "'" + database + "' ") + "on " + host + ":" + port);
    }

    private SourceLocation postgres(LibraryDescriptor library, ConnectionString cs, ConnectionString odbc,
                                    DatabaseCredentials credentials) {
        String host = required(library, cs, odbc.first("Server", "Servername", "Host"), "Server");
        int port = port(library, cs, odbc.first("Port"), 5432);
        String database = odbc.first("Database").orElse("");
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(hostForUrl(host)).append(':').append(port)
                .append('/').append(URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20"));
        odbc.first("SSLmode", "SSL Mode").map(m -> m.toLowerCase(Locale.ROOT))
                .ifPresent(m -> url.append("?sslmode=").append(URLEncoder.encode(m, StandardCharsets.UTF_8)));
        return location(BackendKind.POSTGRESQL, url.toString(), credentials, "PostgreSQL database "
                + (database.isEmpty() ? "" : "'" + database + "' ") + "on " + host + ":" + port);
    }

    private SourceLocation sqlServer(LibraryDescriptor library, ConnectionString cs, ConnectionString odbc,
                                     DatabaseCredentials credentials) {
        String dataSource = required(library, cs, odbc.first("Server", "Data Source", "Address", "Addr",
                "Network Address"), "Data Source");
        SqlServerAddress address = SqlServerAddress.parse(dataSource);
        String database = odbc.first("Initial Catalog", "Database").orElse("");
        boolean integrated = odbc.first("Integrated Security", "Trusted_Connection")
                .map(v -> YES.contains(v.strip().toLowerCase(Locale.ROOT))).orElse(false);
        if (integrated && credentials.user().isEmpty()) {
            throw MigrationException.badInput(library.file() + ": the connection string (" + cs.redacted() + ") logs in to "
                    + "SQL Server with Windows authentication (Integrated Security / Trusted_Connection), which is not "
                    + "available here. Give a SQL Server login instead: set the environment variables "
                    + DatabaseCredentials.USER_VARIABLE + " and " + DatabaseCredentials.PASSWORD_VARIABLE
                    + ", or pass --database \"jdbc:sqlserver://" + address.host() + ";databaseName=" + database
                    + ";user=<user>;password=<password>\" (config key: database).");
        }
        String provider = cs.get("Provider").orElse("").toLowerCase(Locale.ROOT);
        String driver = odbc.getUnbraced("Driver").orElse("").toLowerCase(Locale.ROOT);
        boolean encryptsByDefault = provider.startsWith("msoledbsql") || driver.matches(".*odbc driver (1[89]|[2-9][0-9]).*");
        String encrypt = odbc.first("Encrypt", "Use Encryption for Data").map(v -> switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "strict" -> "strict";
            case "yes", "true", "mandatory", "1" -> "true";
            default -> "false";
        }).orElse(encryptsByDefault ? "true" : "false");
        StringBuilder url = new StringBuilder("jdbc:sqlserver://").append(address.host());
        address.instance().ifPresent(i -> url.append(";instanceName=").append(braced(i)));
        address.port().ifPresent(p -> url.append(";portNumber=").append(p));
        if (!database.isEmpty()) {
            url.append(";databaseName=").append(braced(database));
        }
        url.append(";encrypt=").append(encrypt);
        odbc.first("TrustServerCertificate", "Trust Server Certificate")
                .map(v -> YES.contains(v.strip().toLowerCase(Locale.ROOT)))
                .ifPresent(t -> url.append(";trustServerCertificate=").append(t));
        return location(BackendKind.SQLSERVER, url.toString(), credentials, "SQL Server database "
                + (database.isEmpty() ? "" : "'" + database + "' ") + "on " + address);
    }

    /** A server location; {@code description} gets the user name (never the password). */
    static SourceLocation location(BackendKind kind, String url, DatabaseCredentials credentials, String description) {
        return new SourceLocation(kind, Optional.empty(), Optional.of(url), credentials.user(), credentials.password(),
                Map.of(), description + credentials.user().map(u -> " as user '" + u + "'").orElse(""));
    }

    private static String braced(String value) {
        return value.matches("[A-Za-z0-9_.\\- ]*") ? value : "{" + value.replace("}", "}}") + "}";
    }

    private static String hostForUrl(String host) {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String required(LibraryDescriptor library, ConnectionString cs, Optional<String> value, String key) {
        return value.map(String::strip).filter(v -> !v.isEmpty())
                .orElseThrow(() -> untranslatable(library, cs, "it names no server (" + key + "=)"));
    }

    private static int port(LibraryDescriptor library, ConnectionString cs, Optional<String> value, int standard) {
        if (value.isEmpty()) {
            return standard;
        }
        try {
            int port = Integer.parseInt(value.get().strip());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw untranslatable(library, cs, "its port is not a number from 1 to 65535");
    }

    static MigrationException untranslatable(LibraryDescriptor library, ConnectionString cs, String why) {
        return MigrationException.badInput(library.file() + ": cannot translate the connection string (" + cs.redacted()
                + ") into a database location: " + why + ". Give the database's location with "
                + "--database <path-or-jdbc-url> (config key: database), e.g. jdbc:postgresql://host:5432/db.");
    }
}
