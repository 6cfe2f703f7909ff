package io.github.altium2kicad.api.source;

import io.github.altium2kicad.api.MigrationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A JDBC URL given with {@code --database}, split into the URL without credentials, the credentials it held
 * ({@code ?user=…&password=…}, {@code //user:pass@host}, SQL Server's {@code ;user=…;password=…}) and a
 * secret-free description ({@code PostgreSQL database 'parts' on db:5432}).
 *
 * @param kind        the backend, from the URL's scheme
 * @param url         the URL with the user name and password taken out (other parameters kept)
 * @param credentials the user name and password the URL held
 * @param description the scheme, host, port and database only: never parameters
 */
public record JdbcUrlOverride(BackendKind kind, String url, DatabaseCredentials credentials, String description) {

    private static final Set<String> USER_KEYS = Set.of("user", "username", "uid", "user id");
    private static final Set<String> PASSWORD_KEYS = Set.of("password", "pwd");

    /**
     * Parses {@code url}.
     *
     * @throws MigrationException (bad input) if it is not a {@code jdbc:<scheme>:…} URL
     */
    public static JdbcUrlOverride parse(String url) {
        String u = url.strip();
        int colon = u.indexOf(':', 5);
        if (!u.regionMatches(true, 0, "jdbc:", 0, 5) || colon < 0) {
            throw MigrationException.badInput("--database: '" + scheme(u) + "…' is not a JDBC URL; use e.g. "
                    + "jdbc:postgresql://host:5432/db, jdbc:mariadb://host:3306/db or jdbc:sqlserver://host;databaseName=db.");
        }
        String scheme = u.substring(5, colon).toLowerCase(Locale.ROOT);
        String rest = u.substring(colon + 1);
        BackendKind kind = switch (scheme) {
            case "postgresql" -> BackendKind.POSTGRESQL;
            case "mysql", "mariadb" -> BackendKind.MYSQL;
            case "sqlserver" -> BackendKind.SQLSERVER;
            default -> BackendKind.OTHER_JDBC;
        };
        return kind == BackendKind.SQLSERVER ? sqlServer(u.substring(0, colon + 1), rest)
                : hierarchical(kind, u.substring(0, colon + 1), scheme, rest);
    }

    private static String scheme(String u) {
        int colon = u.indexOf(':');
        return colon > 0 ? u.substring(0, colon + 1) : (u.length() > 12 ? u.substring(0, 12) : u);
    }

    /** {@code //[user[:pass]@]host[:port][/db][?k=v&…]} */
    private static JdbcUrlOverride hierarchical(BackendKind kind, String prefix, String scheme, String rest) {
        JdbcUrlParts parts = JdbcUrlParts.of(rest);
        String body = parts.body();
        String authority = parts.authority();
        String path = parts.path();
        String user = null;
        String password = null;
        if (parts.userInfo().isPresent()) {
            String info = parts.userInfo().get();
            int c = info.indexOf(':');
            user = decode(c >= 0 ? info.substring(0, c) : info);
            password = c >= 0 ? decode(info.substring(c + 1)) : null;
        }
        List<String> kept = new ArrayList<>();
        for (String param : parts.parameters()) {
            int eq = param.indexOf('=');
            String key = decode(eq >= 0 ? param.substring(0, eq) : param).toLowerCase(Locale.ROOT);
            String value = eq >= 0 ? decode(param.substring(eq + 1)) : "";
            if (USER_KEYS.contains(key)) {
                user = value;
            } else if (PASSWORD_KEYS.contains(key)) {
                password = value;
            } else {
                kept.add(param);
            }
        }
        String clean = prefix + (parts.hasAuthority() ? "//" + authority + path : body)
                + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        String database = path.startsWith("/") ? decode(path.substring(1)) : "";
        String product = switch (kind) {
            case POSTGRESQL -> "PostgreSQL";
            case MYSQL -> "MySQL/MariaDB";
            default -> scheme;
        };
        String where = parts.hasAuthority() ? authority : "(" + scheme + " URL)";
        String description = product + " database" + (database.isEmpty() ? "" : " '" + database + "'") + " on " + where;
        return new JdbcUrlOverride(kind, clean, new DatabaseCredentials(Optional.ofNullable(user), Optional.ofNullable(password)),
                description);
    }

    /** {@code //host[\instance][:port][;key=value…]} */
    private static JdbcUrlOverride sqlServer(String prefix, String rest) {
        String[] parts = splitOutsideBraces(rest);
        String server = parts[0].startsWith("//") ? parts[0].substring(2) : parts[0];
        String user = null;
        String password = null;
        String database = "";
        List<String> kept = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i];
            if (param.isBlank()) {
                continue;
            }
            int eq = param.indexOf('=');
            String key = (eq >= 0 ? param.substring(0, eq) : param).strip().toLowerCase(Locale.ROOT);
            String value = eq >= 0 ? unbrace(param.substring(eq + 1).strip()) : "";
            if (USER_KEYS.contains(key)) {
                user = value;
            } else if (PASSWORD_KEYS.contains(key)) {
                password = value;
            } else {
                if (key.equals("databasename") || key.equals("database")) {
                    database = value;
                } else if (key.equals("servername") && server.isBlank()) {
                    server = value;
                }
                kept.add(param);
            }
        }
        String clean = prefix + parts[0] + (kept.isEmpty() ? "" : ";" + String.join(";", kept));
        String description = "SQL Server database" + (database.isEmpty() ? "" : " '" + database + "'") + " on " + server;
        return new JdbcUrlOverride(BackendKind.SQLSERVER, clean,
                new DatabaseCredentials(Optional.ofNullable(user), Optional.ofNullable(password)), description);
    }

    /** Splits SQL Server's {@code ;key=value} list; a value in braces may hold {@code ;} ({@code }}} is a brace). */
    private static String[] splitOutsideBraces(String s) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean braced = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (braced && c == '}' && i + 1 < s.length() && s.charAt(i + 1) == '}') {
                current.append("}}");
                i++;
                continue;
            }
            if (c == '{' && !braced && current.toString().endsWith("=")) {
                braced = true;
            } else if (c == '}' && braced) {
                braced = false;
            } else if (c == ';' && !braced) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts.toArray(String[]::new);
    }

    private static String unbrace(String v) {
        return v.length() >= 2 && v.startsWith("{") && v.endsWith("}") ? v.substring(1, v.length() - 1).replace("}}", "}") : v;
    }

    private static String decode(String s) {
        return JdbcUrlParts.decode(s);
    }
}
