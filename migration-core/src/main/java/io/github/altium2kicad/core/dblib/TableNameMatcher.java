package io.github.altium2kicad.core.dblib;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the {@code [TableN]} a field map's {@code TableNameOnly} means. Altium writes the table name as the
 * database driver reported it, which for server databases often carries the schema: {@code altium.Resistors},
 * {@code dbo.Resistors}, {@code [dbo].[Resistors]}, {@code "dbo"."Resistors"}, {@code `parts`.`Resistors`}, while
 * the {@code [TableN]} says {@code Resistors} (or the other way round).
 *
 * <p>In this order: the same name ignoring case and surrounding blanks; the same name with identifier quotes
 * removed; then the same name with leading {@code schema.} parts removed from either side, when exactly one table
 * matches that way. Table names with dots of their own ({@code Parts.v2}) match whole first, so they are not cut.
 */
final class TableNameMatcher {

    private final List<String> exact = new ArrayList<>();
    private final List<List<String>> segments = new ArrayList<>();

    /** @param tableNames the {@code TableName} of every {@code [TableN]}, in file order */
    TableNameMatcher(List<String> tableNames) {
        for (String name : tableNames) {
            exact.add(key(name));
            segments.add(segments(name));
        }
    }

    /** The position in the constructor's list of the table {@code fieldMapTable} means, if one does. */
    Optional<Integer> match(String fieldMapTable) {
        int whole = exact.indexOf(key(fieldMapTable));
        if (whole >= 0) {
            return Optional.of(whole);
        }
        List<String> wanted = segments(fieldMapTable);
        int unquoted = segments.indexOf(wanted);
        if (unquoted >= 0) {
            return Optional.of(unquoted);
        }
        // drop schema parts: the shorter name must be the tail of the longer one
        Integer found = null;
        for (int i = 0; i < segments.size(); i++) {
            if (isTail(segments.get(i), wanted) || isTail(wanted, segments.get(i))) {
                if (found != null) {
                    return Optional.empty(); // ambiguous: two schemas with this table
                }
                found = i;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean isTail(List<String> tail, List<String> of) {
        return tail.size() < of.size() && of.subList(of.size() - tail.size(), of.size()).equals(tail);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The dot-separated parts of a possibly qualified name, each unquoted ({@code [a]}, {@code "a"}, {@code `a`};
     * a doubled closing quote stands for one) and lower-cased; dots inside quotes do not separate.
     */
    static List<String> segments(String name) {
        List<String> parts = new ArrayList<>();
        String s = name.strip();
        StringBuilder part = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            char close = c == '[' ? ']' : c == '"' ? '"' : c == '`' ? '`' : 0;
            if (close != 0 && part.toString().isBlank()) {
                int j = i + 1;
                StringBuilder quoted = new StringBuilder();
                boolean closed = false;
                while (j < s.length()) {
                    char d = s.charAt(j);
                    if (d == close) {
                        if (j + 1 < s.length() && s.charAt(j + 1) == close) {
                            quoted.append(close);
                            j += 2;
                            continue;
                        }
                        closed = true;
                        j++;
                        break;
                    }
                    quoted.append(d);
                    j++;
                }
                if (closed) {
                    part.setLength(0);
                    part.append(quoted);
                    i = j;
                    continue;
                }
            }
            if (c == '.') {
                parts.add(key(part.toString()));
                part.setLength(0);
            } else {
                part.append(c);
            }
            i++;
        }
        parts.add(key(part.toString()));
        return parts;
    }
}
