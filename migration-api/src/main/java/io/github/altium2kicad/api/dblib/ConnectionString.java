package io.github.altium2kicad.api.dblib;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.HashSet;
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
 * A part without {@code =}, such as {@code Excel 12.0} in {@code Extended Properties="Excel 12.0;HDR=Yes"},
 * is kept as a key with an empty value.
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
    private final Set<String> bareKeys;       // lower-cased keys written without '=' (e.g. "Excel 12.0")

    private ConnectionString(String raw, Map<String, String> values, List<String> keysInOrder,
                             Set<String> bareKeys) {
        this.raw = raw;
        this.values = values;
        this.keysInOrder = keysInOrder;
        this.bareKeys = bareKeys;
    }

    /**
     * Parses a connection string.
     *
     * @throws IllegalArgumentException if a quoted value is not closed or a key is empty; the message names
     *                                  the key or position only, never a value
     */
    public static ConnectionString parse(String text) {
        String s = text == null ? "" : text.strip();
        Map<String, String> values = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        Set<String> bareKeys = new HashSet<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && (s.charAt(i) == ';' || Character.isWhitespace(s.charAt(i)))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int eq = i;
            while (eq < n && s.charAt(eq) != '=' && s.charAt(eq) != ';') {
                eq++;
            }
            if (eq >= n || s.charAt(eq) == ';') {
                // a part without '=', e.g. "Excel 12.0" in Excel's extended properties: a key without a value
                String key = s.substring(i, eq).strip();
                String normalized = normalizeKey(key);
                if (!values.containsKey(normalized)) {
                    keys.add(key);
                }
                values.put(normalized, "");
                bareKeys.add(normalized);
                i = eq;
                continue;
            }
            String key = s.substring(i, eq).strip();
            if (key.isEmpty()) {
                throw new IllegalArgumentException("connection string has a part with an empty key at position "
                        + i);
            }
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
            bareKeys.remove(normalized);
        }
        return new ConnectionString(text == null ? "" : text, Collections.unmodifiableMap(values),
                Collections.unmodifiableList(keys), Collections.unmodifiableSet(bareKeys));
    }

    private static String normalizeKey(String key) {
        return key.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isSecretKey(String key) {
        return SECRET_KEYS.contains(normalizeKey(key).replace(" ", ""));
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

    /**
     * True if any key (here or in the extended properties) holds a secret. Extended properties that cannot be
     * parsed count as secret, since nothing in them can be shown safely.
     */
    public boolean hasSecrets() {
        if (keysInOrder.stream().anyMatch(ConnectionString::isSecretKey)) {
            return true;
        }
        try {
            return extendedProperties().map(ConnectionString::hasSecrets).orElse(false);
        } catch (IllegalArgumentException unparseable) {
            return true;
        }
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
            if (bareKeys.contains(normalizeKey(key))) {
                out.append(key);
                continue;
            }
            out.append(key).append('=');
            if (isSecretKey(key)) {
                out.append(REDACTED);
            } else if (normalizeKey(key).equals("extended properties")) {
                String nested;
                try {
                    nested = ConnectionString.parse(value).redacted();
                } catch (IllegalArgumentException unparseable) {
                    nested = REDACTED; // cannot tell what in it is secret, so show none of it
                }
                out.append(quoted(nested));
            } else if (value.indexOf(';') >= 0 && !(value.startsWith("{") && value.endsWith("}"))) {
                out.append(quoted(value));
            } else {
                out.append(value);
            }
        }
        return out.toString();
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
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
