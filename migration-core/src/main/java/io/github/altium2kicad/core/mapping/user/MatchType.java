package io.github.altium2kicad.core.mapping.user;

import java.util.Locale;
import java.util.Optional;

/** How a mapping table condition compares a column's value with its pattern. */
public enum MatchType {
    /** The value, stripped of surrounding blanks, equals the pattern (case-sensitive). */
    EXACT,
    /** The whole value matches a glob: {@code *} any run of characters, {@code ?} one character (case-sensitive). */
    GLOB,
    /** A Java regular expression found anywhere in the value ({@code find}); anchor it with {@code ^…$} for the whole value. */
    REGEX;

    /** The name used in mapping table files: {@code exact}, {@code glob}, {@code regex}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@code name} in a mapping table file (lower case), if any. */
    public static Optional<MatchType> fromConfigName(String name) {
        for (MatchType t : values()) {
            if (t.configName().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
