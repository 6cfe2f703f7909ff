package io.github.altium2kicad.api.dblib;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An OLE DB or ODBC connection string as Altium writes it in a DbLib:
 * {@code key=value;} pairs, values optionally quoted with {@code "} or {@code '} (a doubled quote
 * escapes one) or braced with {@code {…}}, keys case-insensitive. {@code Extended Properties="…"}
 * nests a second connection string, available through {@link #extendedProperties()}.
 *
 * <p>{@link #toString()} and {@link #redacted()} never contain secret values (passwords, keys,
 * tokens); use {@link #get(String)} to read them deliberately.
 */
public final class ConnectionString {

    /** Keys whose values are secrets (compared case-insensitively, spaces ignored). */
    private static final Set<String> SECRET_KEYS = Set.of(
            "pwd", "password", "jetoledb:databasepassword", "jetoledb:newdatabasepassword",
            "accountkey", "secret", "token", "accesstoken", "apikey");

    private static final String REDACTED = "*****";

    private final String raw;
    private final Map<String, String> values; // lower-cased key -> value
    private final List<String> keysInOrder;   // keys as written

    private ConnectionString(String raw, Map<String, String> values, List<String> keysInOrder) {
        this.raw = raw;
        this.values = values;
        this.keysInOrder = keysInOrder;
    }

    /**
     * Parses a connection string.
     *
     * @throws IllegalArgumentException if a quoted value is not closed
     */
    public static ConnectionString parse(String text) {
        String s = text == null ? "" : text.strip();
        Map<String, String> values = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && (s.charAt(i) == ';' || Character.isWhitespace(s.charAt(i)))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                throw new IllegalArgumentException("connection string has a part without '=' at position " + i
                        + ": '" + redactFragment(s.substring(i)) + "'");
            }
            String key = s.substring(i, eq).strip();
            i = eq + 1;
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
                char q = s.charAt(i++);
                boolean closed = false;
                while (i < n) {
                    char c = s.charAt(i++);
                    if (c == q) {
                        if (i < n && s.charAt(i) == q) {
                            value.append(q);
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        value.append(c);
                    }
                }
                if (!closed) {
                    throw new IllegalArgumentException("connection string value of '" + key + "' opens a "
                            + q + " quote that is never closed");
                }
                while (i < n && s.charAt(i) != ';') {
                    i++;
                }
            } else {
                int depth = 0;
                while (i < n) {
                    char c = s.charAt(i);
                    if (c == '{') {
                        depth++;
                    } else if (c == '}') {
                        depth = Math.max(0, depth - 1);
                    } else if (c == ';' && depth == 0) {
                        break;
                    }
                    value.append(c);
                    i++;
                }
            }
            String normalized = normalizeKey(key);
            if (!values.containsKey(normalized)) {
                keys.add(key);
            }
            values.put(normalized, value.toString().strip());
        }
        return new ConnectionString(text == null ? "" : text, Collections.unmodifiableMap(values),
                Collections.unmodifiableList(keys));
    }

    private static String normalizeKey(String key) {
        return key.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isSecretKey(String key) {
        return SECRET_KEYS.contains(normalizeKey(key).replace(" ", ""));
    }

    private static String redactFragment(String fragment) {
        return fragment.length() > 20 ? fragment.substring(0, 20) + "…" : fragment;
    }

    /** The value of {@code key} (case-insensitive), braces around ODBC values kept as written. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(normalizeKey(key)));
    }

    /** The value of the first of {@code keys} that is present and not blank. */
    public Optional<String> first(String... keys) {
        for (String key : keys) {
            String v = values.get(normalizeKey(key));
            if (v != null && !v.isBlank()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The value with surrounding braces removed, e.g. {@code {SQLite3 ODBC Driver}} → {@code SQLite3 ODBC Driver}. */
    public Optional<String> getUnbraced(String key) {
        return get(key).map(v -> v.length() >= 2 && v.startsWith("{") && v.endsWith("}")
                ? v.substring(1, v.length() - 1) : v);
    }

    /** The nested {@code Extended Properties} string, if any. */
    public Optional<ConnectionString> extendedProperties() {
        return get("Extended Properties").map(ConnectionString::parse);
    }

    /** Keys in the order written (original spelling). */
    public List<String> keys() {
        return keysInOrder;
    }

    /** True if any key (here or in the extended properties) holds a secret. */
    public boolean hasSecrets() {
        return keysInOrder.stream().anyMatch(ConnectionString::isSecretKey)
                || extendedProperties().map(ConnectionString::hasSecrets).orElse(false);
    }

    /** The text as written. Contains secrets: never log it. */
    public String raw() {
        return raw;
    }

    /** The connection string with every secret value replaced by {@code *****}; safe to log. */
    public String redacted() {
        StringBuilder out = new StringBuilder();
        for (String key : keysInOrder) {
            String value = values.get(normalizeKey(key));
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(key).append('=');
            if (isSecretKey(key)) {
                out.append(REDACTED);
            } else if (normalizeKey(key).equals("extended properties")) {
                out.append('"').append(ConnectionString.parse(value).redacted().replace("\"", "\"\"")).append('"');
            } else {
                out.append(value);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return redacted();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionString other && other.raw.equals(raw);
    }

    @Override
    public int hashCode() {
        return raw.hashCode();
    }
}
