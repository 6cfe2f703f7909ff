package io.github.altium2kicad.api.source;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The parts of a hierarchical JDBC URL after its {@code jdbc:<scheme>:} prefix:
 * {@code //[user[:password]@]host[:port][/path][?query]}. Shared by everything that reads such URLs, so that the
 * user name and password are taken apart from the host in one place.
 *
 * @param body      everything before the query (authority and path, or the whole text when there is no {@code //})
 * @param authority {@code host[:port]} (possibly a comma-separated list), without the user information; empty
 *                  when the URL has no {@code //}
 * @param userInfo  {@code user[:password]} as written before {@code @}; empty if there is no {@code @}
 * @param path      the path from its {@code /} on ({@code /parts}); the whole body when there is no {@code //}
 * @param query     the text after {@code ?}, or empty
 */
public record JdbcUrlParts(String body, String authority, Optional<String> userInfo, String path, String query) {

    /** Splits {@code rest}, the URL after {@code jdbc:<scheme>:}. */
    public static JdbcUrlParts of(String rest) {
        String body = rest;
        String query = "";
        int q = body.indexOf('?');
        if (q >= 0) {
            query = body.substring(q + 1);
            body = body.substring(0, q);
        }
        if (!body.startsWith("//")) {
            return new JdbcUrlParts(body, "", Optional.empty(), body, query);
        }
        int slash = body.indexOf('/', 2);
        String authority = slash >= 0 ? body.substring(2, slash) : body.substring(2);
        String path = slash >= 0 ? body.substring(slash) : "";
        int at = authority.lastIndexOf('@');
        Optional<String> userInfo = at >= 0 ? Optional.of(authority.substring(0, at)) : Optional.empty();
        return new JdbcUrlParts(body, authority.substring(at + 1), userInfo, path, query);
    }

    /** True if the URL has a {@code //host} part. */
    public boolean hasAuthority() {
        return body.startsWith("//");
    }

    /** The query's {@code key=value} parameters as written (not decoded). */
    public String[] parameters() {
        return query.isEmpty() ? new String[0] : query.split("&");
    }

    /** Percent-decodes {@code s} (a {@code +} stays a plus); text that is not valid percent-encoding is kept as is. */
    public static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
