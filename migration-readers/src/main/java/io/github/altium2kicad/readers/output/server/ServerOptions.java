package io.github.altium2kicad.readers.output.server;

import io.github.altium2kicad.readers.jdbc.JdbcSourceReader;
import java.util.Optional;

/**
 * How {@link ServerPublisher} publishes to a server.
 *
 * @param odbcDriver            the ODBC driver named in the server {@code .kicad_dbl}; empty for the server's default
 *                              ({@code PostgreSQL Unicode}, {@code MariaDB Unicode}, as Debian's {@code odbc-postgresql}
 *                              and {@code odbc-mariadb} register them)
 * @param batchSize             rows per JDBC batch
 * @param connectTimeoutSeconds connect and login timeout
 */
public record ServerOptions(Optional<String> odbcDriver, int batchSize, int connectTimeoutSeconds) {

    public ServerOptions {
        odbcDriver = odbcDriver.map(String::strip).filter(d -> !d.isEmpty());
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, not " + batchSize);
        }
        if (connectTimeoutSeconds < 1) {
            throw new IllegalArgumentException("connectTimeoutSeconds must be at least 1, not " + connectTimeoutSeconds);
        }
    }

    /** The server's default ODBC driver, batches of 1000 rows, a 10 s connect timeout. */
    public static ServerOptions defaults() {
        return new ServerOptions(Optional.empty(), 1000, JdbcSourceReader.DEFAULT_TIMEOUT_SECONDS);
    }

    /** These options with the ODBC driver {@code name} (blank: the default). */
    public ServerOptions withOdbcDriver(String name) {
        return new ServerOptions(Optional.ofNullable(name), batchSize, connectTimeoutSeconds);
    }
}
