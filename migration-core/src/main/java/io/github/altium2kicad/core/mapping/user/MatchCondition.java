package io.github.altium2kicad.core.mapping.user;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One condition of a mapping table rule: a column, a {@link MatchType} and a pattern. Immutable and thread-safe.
 * A part that has no value in the column is compared as the empty string.
 */
public final class MatchCondition {

    private final String column;
    private final MatchType type;
    private final String pattern;
    private final Pattern compiled;

    private MatchCondition(String column, MatchType type, String pattern, Pattern compiled) {
        this.column = column;
        this.type = type;
        this.pattern = pattern;
        this.compiled = compiled;
    }

    /**
     * A condition on {@code column}.
     *
     * @throws java.util.regex.PatternSyntaxException for an invalid {@link MatchType#REGEX} pattern
     */
    public static MatchCondition of(String column, MatchType type, String pattern) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(pattern, "pattern");
        Pattern compiled = switch (type) {
            case EXACT -> null;
            case GLOB -> Pattern.compile(globToRegex(pattern), Pattern.DOTALL);
            case REGEX -> Pattern.compile(pattern);
        };
        return new MatchCondition(column, type, type == MatchType.EXACT ? pattern.strip() : pattern, compiled);
    }

    /** Translates a glob ({@code *}, {@code ?}, everything else literal) into an anchored regular expression. */
    static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return regex.toString();
    }

    /** True if {@code value} ({@code null} for none) satisfies this condition. */
    public boolean matches(String value) {
        String v = value == null ? "" : value;
        return switch (type) {
            case EXACT -> v.strip().equals(pattern);
            case GLOB -> compiled.matcher(v.strip()).matches();
            case REGEX -> compiled.matcher(v).find();
        };
    }

    /** The column the condition reads, as written in the mapping table. */
    public String column() {
        return column;
    }

    public MatchType type() {
        return type;
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return column + " " + type.configName() + " '" + pattern + "'";
    }
}
