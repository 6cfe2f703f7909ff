package io.github.altium2kicad.readers.output.server;

import io.github.altium2kicad.api.ConfigKey;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.output.OutputPublisher;
import io.github.altium2kicad.api.output.OutputPublisherProvider;
import io.github.altium2kicad.api.source.DatabaseCredentials;
import io.github.altium2kicad.api.source.JdbcUrlOverride;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's server output: with {@code output_database} set, {@link ServerPublisher} copies the published library
 * to that PostgreSQL or MySQL/MariaDB database and writes {@code <name>-<scheme>.kicad_dbl}
 * ({@code output_odbc_driver} names its ODBC driver).
 *
 * <p>The login: the user name and password in the URL, else (each on its own) the environment variables
 * {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}. The URL is checked when the publisher is made, before the
 * migration runs; the password is used to connect and nowhere else.
 */
public final class ServerOutputProvider implements OutputPublisherProvider {

    /** The environment variable with the user name for {@code output_database}. */
    public static final String USER_VARIABLE = "ALTIUM2KICAD_OUTPUT_DB_USER";
    /** The environment variable with the password for {@code output_database}. */
    public static final String PASSWORD_VARIABLE = "ALTIUM2KICAD_OUTPUT_DB_PASSWORD";

    private final Map<String, String> environment;

    /** The provider {@link java.util.ServiceLoader} finds: the login from the process environment. */
    public ServerOutputProvider() {
        this(System.getenv());
    }

    /** @param environment where {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE} are looked up */
    public ServerOutputProvider(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String name() {
        return "database server";
    }

    @Override
    public Optional<OutputPublisher> publisherFor(MigrationConfig config) {
        return config.outputDatabase().map(jdbcUrl -> {
            ServerTarget.parse(jdbcUrl); // a wrong URL stops the run before the migration
            JdbcUrlOverride url = JdbcUrlOverride.parse(jdbcUrl);
            DatabaseCredentials login = url.credentials().orElse(new DatabaseCredentials(
                    Optional.ofNullable(environment.get(USER_VARIABLE)), Optional.ofNullable(environment.get(PASSWORD_VARIABLE))));
            ServerOptions options = ServerOptions.defaults().withOdbcDriver(config.outputOdbcDriver().orElse(null));
            return library -> {
                try {
                    return new ServerPublisher().publish(library, url.url(), login.user(), login.password(), options)
                            .asOutputPublication();
                } catch (MigrationException e) {
                    throw new MigrationException(e.kind(), e.getMessage() + " The local output was published: the local "
                            + "output in " + library.outputDirectory() + " is complete; only the server was not updated "
                            + "(its tables, if any, are as they were). Run again with " + ConfigKey.OUTPUT_DATABASE.yamlName()
                            + " (" + ConfigKey.OUTPUT_DATABASE.optionName() + ") once the server can be reached.", e.getCause());
                }
            };
        });
    }
}
