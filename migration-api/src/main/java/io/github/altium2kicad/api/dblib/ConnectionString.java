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
 * tokens); use {@link #get(String)} to read them deliberately. They show only what parsed cleanly into a
 * known non-secret key: every other part (an unknown key, a value holding {@code =} or a secret key's name,
 * a JDBC URL, text left over by a stray quote or brace) is shown as {@code *****}, and {@link #get(String)}
 * does not return the values of such parts (except for secret keys, whose values are needed to log in),
 * so that no message built from a value can carry a password that a malformed string put into it.
 */
public final class ConnectionString {

    /** Keys whose values are secrets (compared case-insensitively, spaces ignored). */
    private static final Set<String> SECRET_KEYS = Set.of(
            "pwd", "password", "jetoledb:databasepassword", "jetoledb:newdatabasepassword",
            "accountkey", "secret", "token", "accesstoken", "apikey");

    /** Secret key names: a key or value holding one of these (spaces ignored) is never shown. */
    private static final List<String> SECRET_WORDS = List.of("pwd", "password", "passwd", "secret", "token",
            "apikey", "accountkey", "credential");

    /** Keys whose values are shown (compared case-insensitively, spaces ignored). */
    private static final Set<String> KNOWN_KEYS = Set.of(
            "provider", "datasource", "extendedproperties", "persistsecurityinfo", "driver", "server", "servername",
            "host", "port", "database", "db", "dbq", "defaultdir", "initialcatalog", "uid", "user", "userid",
            "username", "dsn", "filedsn", "hdr", "imex", "fmt", "format", "firstrowhasnames", "colnameheader",
            "characterset", "charset", "maxscanrows", "readonly", "mode", "sslmode", "encrypt",
            "trustservercertificate", "integratedsecurity", "trusted_connection", "stepapi", "syncpragma", "notxn",
            "longnames", "timeout", "connecttimeout", "option", "address", "addr", "networkaddress",
            "useencryptionfordata", "applicationname", "workstationid", "networklibrary", "jetoledb:enginetype",
            "oledbservices", "localeidentifier", "driverid", "fil", "ssl", "bigdecimal", "jdconv");

    /** Parts written without {@code =} that are shown: Excel's and Access' ISAM names. */
    private static final java.util.regex.Pattern KNOWN_BARE = java.util.regex.Pattern.compile(
            "(?i)(excel( \\d{1,2}\\.\\d)?( xml| macro)?|text|html import|dbase( (iii|iv|5\\.0))?|paradox( \\d\\.x)?)");

    /** A key as real connection strings spell them: letters, digits, spaces, {@code _ . : -}. */
    private static final java.util.regex.Pattern KEY_SHAPE = java.util.regex.Pattern.compile(
            "[A-Za-z][A-Za-z0-9 _.:\\-]{0,63}");

    /** URL-like text ({@code scheme:/}, {@code //}, {@code jdbc}), whole or mangled: it may carry a login. */
    private static final java.util.regex.Pattern URL_LIKE = java.util.regex.Pattern.compile(
            "(?i)[a-z][a-z0-9+.\\-]+:/|//|jdbc");

    /** Keys whose values may hold {@code @} ({@code user@server} logins). */
    private static final Set<String> USER_KEYS = Set.of("uid", "user", "userid", "username");

    private static final String REDACTED = "*****";

    private final String raw;
    private final Map<String, String> values; // lower-cased key -> value
    private final List<String> keysInOrder;   // keys as written
    private final Set<String> bareKeys;       // lower-cased keys written without '=' (e.g. "Excel 12.0")
    private final Set<String> uncleanKeys;    // lower-cased keys whose part may hold someone else's text

    private ConnectionString(String raw, Map<String, String> values, List<String> keysInOrder,
                             Set<String> bareKeys, Set<String> uncleanKeys) {
        this.raw = raw;
        this.values = values;
        this.keysInOrder = keysInOrder;
        this.bareKeys = bareKeys;
        this.uncleanKeys = uncleanKeys;
    }

    /**
     * Parses a connection string.
     *
     * @throws IllegalArgumentException if a quoted or braced value is not closed or a key is empty; the message
     *                                  names a well-formed key or the position only, never a value
     */
    public static ConnectionString parse(String text) {
        String s = text == null ? "" : text.strip();
        Map<String, String> values = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        Set<String> bareKeys = new HashSet<>();
        Set<String> uncleanKeys = new HashSet<>();
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
                if (!KNOWN_BARE.matcher(key).matches()) {
                    uncleanKeys.add(normalized);
                } else {
                    uncleanKeys.remove(normalized);
                }
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
            boolean clean = true;
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
                    throw new IllegalArgumentException("connection string value of " + named(key, i) + " opens a "
                            + q + " quote that is never closed");
                }
                while (i < n && s.charAt(i) != ';') {
                    clean &= Character.isWhitespace(s.charAt(i)); // text after the closing quote
                    i++;
                }
            } else {
                int depth = 0;
                int start = i;
                while (i < n) {
                    char c = s.charAt(i);
                    if (c == '{') {
                        depth++;
                    } else if (c == '}') {
                        clean &= depth > 0;
                        depth = Math.max(0, depth - 1);
                    } else if (c == ';' && depth == 0) {
                        break;
                    } else if (c == '"' || c == '\'') {
                        clean = false; // a quote inside a value: the string was cut or mis-quoted
                    }
                    value.append(c);
                    i++;
                }
                if (depth > 0) {
                    throw new IllegalArgumentException("connection string value of " + named(key, start)
                            + " opens a { brace that is never closed");
                }
            }
            String normalized = normalizeKey(key);
            if (!values.containsKey(normalized)) {
                keys.add(key);
            }
            String v = value.toString().strip();
            values.put(normalized, v);
            bareKeys.remove(normalized);
            if (clean && isClean(key, v)) {
                uncleanKeys.remove(normalized);
            } else {
                uncleanKeys.add(normalized);
            }
        }
        return new ConnectionString(text == null ? "" : text, Collections.unmodifiableMap(values),
                Collections.unmodifiableList(keys), Collections.unmodifiableSet(bareKeys),
                Collections.unmodifiableSet(uncleanKeys));
    }

    /** {@code 'Driver'} for a known key, else {@code the key before position n}: another key may hold a value. */
    private static String named(String key, int position) {
        return isSecretKey(key) || isKnownKey(key)
                ? "'" + key.strip() + "'" : "the key before position " + position;
    }

    /**
     * Whether a part parsed into a key and a value of their own, rather than text a malformed string ran
     * together: a well-formed key, and a value with no {@code =} (nested strings excepted, they are checked when
     * parsed), no secret key name and no URL (a URL may carry a login, whole or cut).
     */
    private static boolean isClean(String key, String value) {
        if (!KEY_SHAPE.matcher(key.strip()).matches()) {
            return false;
        }
        if (isSecretKey(key) || normalizeKey(key).equals("extended properties")) {
            return true; // a nested string is checked part by part when it is parsed
        }
        if (holdsSecretWord(key) || holdsSecretWord(value) || URL_LIKE.matcher(value).find()
                || (value.indexOf('@') >= 0 && !USER_KEYS.contains(normalizeKey(key).replace(" ", "")))) {
            return false;
        }
        return value.indexOf('=') < 0;
    }

    private static boolean holdsSecretWord(String text) {
        String squeezed = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        for (String word : SECRET_WORDS) {
            if (squeezed.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKnownKey(String key) {
        return KNOWN_KEYS.contains(normalizeKey(key).replace(" ", ""));
    }

    private static String normalizeKey(String key) {
        return key.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isSecretKey(String key) {
        return SECRET_KEYS.contains(normalizeKey(key).replace(" ", ""));
    }

    /**
     * The value of {@code key} (case-insensitive), braces around ODBC values kept as written. A part that did not
     * parse cleanly (see the class description) has no value here, unless {@code key} is a secret key.
     */
    public Optional<String> get(String key) {
        String normalized = normalizeKey(key);
        if (uncleanKeys.contains(normalized) && !isSecretKey(key)) {
            return Optional.empty();
        }
        return Optional.ofNullable(values.get(normalized));
    }

    /** The value of the first of {@code keys} that is present and not blank. */
    public Optional<String> first(String... keys) {
        for (String key : keys) {
            Optional<String> v = get(key);
            if (v.isPresent() && !v.get().isBlank()) {
                return v;
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

    /** Keys in the order written (original spelling). A malformed key may hold a secret: do not show these. */
    public List<String> keys() {
        return keysInOrder;
    }

    /**
     * True if any key (here or in the extended properties) holds a secret. Extended properties that cannot be
     * parsed count as secret, since nothing in them can be shown safely.
     */
    public boolean hasSecrets() {
        if (keysInOrder.stream().anyMatch(ConnectionString::isSecretKey) || !uncleanKeys.isEmpty()) {
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

    /**
     * The connection string with every secret value, and every part that is not a known key with a clean value,
     * replaced by {@code *****}; safe to log. A JDBC URL shows its scheme only.
     */
    public String redacted() {
        String stripped = raw.strip();
        if (stripped.regionMatches(true, 0, "jdbc:", 0, 5)) {
            int colon = stripped.indexOf(':', 5);
            String scheme = colon > 5 ? stripped.substring(0, colon + 1) : "jdbc:";
            return (KEY_SHAPE.matcher(scheme.replace(":", "")).matches() && !holdsSecretWord(scheme) ? scheme : "jdbc:")
                    + REDACTED;
        }
        StringBuilder out = new StringBuilder();
        for (String key : keysInOrder) {
            String normalized = normalizeKey(key);
            String value = values.get(normalized);
            if (out.length() > 0) {
                out.append(';');
            }
            boolean secret = isSecretKey(key) && KEY_SHAPE.matcher(key.strip()).matches();
            if (!secret && (uncleanKeys.contains(normalized) || !(isKnownKey(key) || bareKeys.contains(normalized)))) {
                out.append(REDACTED);
                continue;
            }
            if (bareKeys.contains(normalized)) {
                out.append(key);
                continue;
            }
            out.append(key).append('=');
            if (secret) {
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
