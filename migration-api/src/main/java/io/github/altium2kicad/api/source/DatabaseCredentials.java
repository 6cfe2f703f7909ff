package io.github.altium2kicad.api.source;

import java.util.Map;
import java.util.Optional;

/**
 * A user name and password for a database server. {@link #toString()} never shows the password.
 *
 * <p>Where they come from, first found wins, each of the two on its own: the {@code --database} JDBC URL
 * ({@code ?user=…&password=…}, {@code user:pass@host}, SQL Server's {@code ;user=…;password=…}), then the
 * environment variables {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}, then the DbLib's connection
 * string. The environment wins over the DbLib because it is set for this run, on this machine, while a DbLib is a
 * shared file whose login is often a stale or Windows-only one.
 *
 * @param user     the user name, if any
 * @param password the password, if any (a secret: never log it)
 */
public record DatabaseCredentials(Optional<String> user, Optional<String> password) {

    /** The environment variable with the database user name. */
    public static final String USER_VARIABLE = "ALTIUM2KICAD_DB_USER";
    /** The environment variable with the database password. */
    public static final String PASSWORD_VARIABLE = "ALTIUM2KICAD_DB_PASSWORD";

    /** No user name, no password. */
    public static final DatabaseCredentials NONE = new DatabaseCredentials(Optional.empty(), Optional.empty());

    public DatabaseCredentials {
        user = user.filter(u -> !u.isBlank());
        password = password.filter(p -> !p.isEmpty());
    }

    /** The credentials in {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE} of {@code environment}. */
    public static DatabaseCredentials fromEnvironment(Map<String, String> environment) {
        return new DatabaseCredentials(Optional.ofNullable(environment.get(USER_VARIABLE)),
                Optional.ofNullable(environment.get(PASSWORD_VARIABLE)));
    }

    /** These credentials, each missing part taken from {@code fallback}. */
    public DatabaseCredentials orElse(DatabaseCredentials fallback) {
        return new DatabaseCredentials(user.or(fallback::user), password.or(fallback::password));
    }

    @Override
    public String toString() {
        return "user " + user.orElse("(none)") + (password.isPresent() ? " with a password" : " without a password");
    }
}
