package io.github.altium2kicad.readers.output.server;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.source.JdbcUrlParts;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a JDBC URL given for publishing points: the kind of server, host, port, database and (PostgreSQL
 * {@code currentSchema}) schema. Built from the URL without ever keeping its user name or password.
 *
 * @param server   PostgreSQL or MySQL/MariaDB
 * @param scheme   the URL's scheme ({@code postgresql}, {@code mariadb}, {@code mysql}), names the server file
 * @param host     the host (IPv6 without brackets)
 * @param port     the port, or the server's default
 * @param database the database
 * @param schema   PostgreSQL's {@code currentSchema}, if given
 */
record ServerTarget(OutputServer server, String scheme, String host, int port, String database, Optional<String> schema) {

    /**
     * Parses {@code jdbcUrl}.
     *
     * @throws MigrationException (bad input) if it is not a PostgreSQL or MySQL/MariaDB JDBC URL naming a database
     */
    static ServerTarget parse(String jdbcUrl) {
        String url = jdbcUrl.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        String scheme;
        OutputServer server;
        if (lower.startsWith("jdbc:postgresql:")) {
            scheme = "postgresql";
            server = OutputServer.POSTGRESQL;
        } else if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            scheme = lower.startsWith("jdbc:mariadb:") ? "mariadb" : "mysql";
            server = OutputServer.MYSQL;
        } else {
            int colon = url.indexOf(':', Math.min(url.length(), 5));
            throw MigrationException.badInput("The output database must be a PostgreSQL or MySQL/MariaDB JDBC URL, e.g. "
                    + "jdbc:postgresql://db.example.com:5432/parts or jdbc:mariadb://db.example.com:3306/parts, not '"
                    + (colon > 0 ? url.substring(0, colon + 1) : "") + "…'.");
        }
        JdbcUrlParts parts = JdbcUrlParts.of(url.substring(("jdbc:" + scheme + ":").length())); // no user:password@ kept
        String authority = parts.authority();
        String path = parts.hasAuthority() ? (parts.path().startsWith("/") ? parts.path().substring(1) : "") : parts.path();
        int comma = authority.indexOf(',');
        if (comma >= 0) {
            authority = authority.substring(0, comma); // a fail-over list: the ODBC drivers take one server
        }
        String host = authority;
        int port = server.defaultPort();
        int portColon = authority.startsWith("[") ? authority.indexOf(':', authority.indexOf(']')) : authority.lastIndexOf(':');
        if (portColon >= 0) {
            host = authority.substring(0, portColon);
            try {
                port = Integer.parseInt(authority.substring(portColon + 1));
            } catch (NumberFormatException e) {
                throw MigrationException.badInput("The output database URL has an invalid port '"
                        + authority.substring(portColon + 1) + "'.");
            }
        }
        host = host.replace("[", "").replace("]", "");
        if (host.isEmpty()) {
            host = "localhost";
        }
        String database = decode(path);
        if (database.isEmpty()) {
            throw MigrationException.badInput("The output database URL names no database: give it as jdbc:" + scheme + "://"
                    + host + ":" + port + "/<database>.");
        }
        Optional<String> schema = Optional.empty();
        for (String param : parts.parameters()) {
            int eq = param.indexOf('=');
            if (eq > 0 && server == OutputServer.POSTGRESQL
                    && decode(param.substring(0, eq)).equalsIgnoreCase("currentSchema")) {
                schema = Optional.of(decode(param.substring(eq + 1)).split(",")[0].strip()).filter(s -> !s.isEmpty());
            }
        }
        return new ServerTarget(server, scheme, host, port, database, schema);
    }

    /** {@code PostgreSQL database 'parts' on db:5432}, with the schema if one was given. */
    String description() {
        return server.product() + " database '" + database + "'" + schema.map(s -> " (schema '" + s + "')").orElse("")
                + " on " + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /**
     * The ODBC connection string for KiCad, without user name or password.
     *
     * @param driver        the ODBC driver's registered name
     * @param writtenSchema the schema the tables were written to (PostgreSQL; others: empty)
     */
    String odbcConnectionString(String driver, Optional<String> writtenSchema) {
        StringBuilder s = new StringBuilder("Driver={").append(driver).append("};Server=").append(odbcValue(host))
                .append(";Port=").append(port).append(";Database=").append(odbcValue(database)).append(';');
        writtenSchema.filter(x -> !x.equals("public")).ifPresent(x ->
                s.append("ConnSettings=").append(odbcValue("SET search_path TO " + OutputServer.POSTGRESQL.quote(x))).append(';'));
        return s.toString();
    }

    /** A value for an ODBC connection string: in braces if it holds a separator or a brace. */
    private static String odbcValue(String value) {
        return value.matches(".*[;{}].*") || !value.equals(value.strip()) ? "{" + value.replace("}", "}}") + "}" : value;
    }

    private static String decode(String s) {
        return JdbcUrlParts.decode(s);
    }
}
