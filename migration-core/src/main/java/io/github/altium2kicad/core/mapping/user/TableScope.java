package io.github.altium2kicad.core.mapping.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tables a mapping table rule is limited to: names or globs ({@code *}, {@code ?}), compared
 * case-insensitively as Altium compares table names. An empty scope means every table. Immutable.
 */
public final class TableScope {

    private static final TableScope ALL = new TableScope(List.of(), List.of());

    private final List<String> patterns;
    private final List<Pattern> compiled;

    private TableScope(List<String> patterns, List<Pattern> compiled) {
        this.patterns = List.copyOf(patterns);
        this.compiled = List.copyOf(compiled);
    }

    /** Every table. */
    public static TableScope all() {
        return ALL;
    }

    /** The tables named or matched by {@code patterns}; every table if the list is empty. */
    public static TableScope of(List<String> patterns) {
        if (patterns.isEmpty()) {
            return ALL;
        }
        List<Pattern> compiled = new ArrayList<>();
        for (String p : patterns) {
            compiled.add(Pattern.compile(MatchCondition.globToRegex(p.strip().toLowerCase(Locale.ROOT)), Pattern.DOTALL));
        }
        return new TableScope(patterns, compiled);
    }

    /** True if {@code table} is in scope. */
    public boolean includes(String table) {
        if (compiled.isEmpty()) {
            return true;
        }
        String name = table == null ? "" : table.strip().toLowerCase(Locale.ROOT);
        for (Pattern p : compiled) {
            if (p.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    /** True if the scope is every table. */
    public boolean isAll() {
        return compiled.isEmpty();
    }

    /** The names and globs as written. */
    public List<String> patterns() {
        return patterns;
    }

    @Override
    public String toString() {
        return isAll() ? "all tables" : String.join(", ", patterns);
    }
}
