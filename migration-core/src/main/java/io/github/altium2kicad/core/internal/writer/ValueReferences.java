package io.github.altium2kicad.core.internal.writer;

import io.github.altium2kicad.api.ValueReference;
import io.github.altium2kicad.core.internal.source.sqlite.SqlIdentifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves Altium's {@code =Name} values ("show the value of parameter Name", typically {@code Comment} set to
 * {@code =Value} or {@code =Part Number}) in the written KiCad tables, so that KiCad shows what Altium showed: each
 * such value is replaced by the value of the named column of the same row. Names match the table's column names and
 * the DbLib's parameter names ignoring case, as Altium does; one level is resolved, from the values as the source had
 * them (one {@code UPDATE} per table, whose expressions all see the row before the update). A name that is neither
 * stays literally and is reported. The key and the library reference columns are left alone.
 *
 * <p>The streaming write path runs it on the output database after the rows are written; the in-database path
 * selects the resolved values in its copy instead ({@link #copiedValue}), from the same {@link #scan} of the source
 * rows, which spares rewriting every row of a table whose {@code Comment} is {@code =Value} throughout. Both give the
 * same database and the same list. It runs before keys are made safe ({@link SafeKeys}), so the key column is never
 * rewritten.
 */
public final class ValueReferences {

    /** Columns that hold Altium references, not parameters (compared ignoring case, by prefix). */
    private static final List<String> REFERENCE_COLUMN_PREFIXES = List.of("library ref", "library path", "footprint ref",
            "footprint path");
    /** Field names the plan gives built-in KiCad fields; they are not Altium parameter names. */
    private static final Set<String> BUILT_IN_FIELDS = Set.of("value", "datasheet");
    /** The most {@code =Name} texts one statement resolves (each is a bound parameter). */
    public static final int TEXTS_PER_STATEMENT = 500;

    private ValueReferences() {
    }

    /**
     * The {@code =Name} values of one table as a set of rows holds them.
     *
     * @param found   each distinct value, resolved or not, with the rows of the set that carry it
     * @param targets for each column that has a value to resolve: each such text and the column it names
     */
    public record Scan(List<ValueReference> found, Map<String, Map<String, String>> targets) {

        /** No value to resolve. */
        public static final Scan NONE = new Scan(List.of(), Map.of());

        /** The texts to resolve, over all columns. */
        public int texts() {
            return targets.values().stream().mapToInt(Map::size).sum();
        }
    }

    /** Resolves the {@code =Name} values of one written table; returns each distinct one, resolved or not. */
    static List<ValueReference> resolve(Connection connection, OutputTable table) throws SQLException {
        String quotedTable = SqlIdentifier.quote(table.plan().altiumTable());
        Scan scan = scan(connection, quotedTable, table);
        update(connection, quotedTable, scan.targets());
        return scan.found();
    }

    /**
     * Finds the {@code =Name} values of {@code table}'s columns in the rows {@code from} gives (the written table, or
     * the source rows it is copied from: the columns have the same names), compared and ordered as written
     * ({@code BINARY}, whatever collation the source declares).
     */
    static Scan scan(Connection connection, String from, OutputTable table) throws SQLException {
        KicadTablePlan plan = table.plan();
        List<String> candidates = plan.columns().stream().filter(c -> eligible(plan, c)).toList();
        if (candidates.isEmpty()) {
            return Scan.NONE;
        }
        List<String> flagged = new ArrayList<>();
        try (Statement st = connection.createStatement();
             // unicode() reads the first character without making a substring: a quarter less time over every row
             // of every column; only a text can start with '=' (a blob that reads so is found to have no such text below)
             ResultSet rs = st.executeQuery("SELECT " + candidates.stream().map(c -> "max(unicode(" + SqlIdentifier.quote(c)
                     + ") = 61)").collect(Collectors.joining(", ")) + " FROM " + from)) {
            rs.next();
            for (int i = 0; i < candidates.size(); i++) {
                if (rs.getInt(i + 1) == 1) {
                    flagged.add(candidates.get(i));
                }
            }
        }
        if (flagged.isEmpty()) {
            return Scan.NONE;
        }
        Map<String, String> names = parameterNames(plan);
        List<ValueReference> found = new ArrayList<>();
        Map<String, Map<String, String>> targets = new LinkedHashMap<>(); // column -> text -> target column
        for (String column : flagged) {
            String c = SqlIdentifier.quote(column);
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + c + " COLLATE BINARY, count(*) FROM " + from + " WHERE substr(" + c
                         + ", 1, 1) = '=' GROUP BY " + c + " COLLATE BINARY ORDER BY " + c + " COLLATE BINARY")) {
                while (rs.next()) {
                    String text = rs.getString(1);
                    String target = names.get(text.substring(1).strip().toLowerCase(Locale.ROOT));
                    if (target != null && target.equals(column)) {
                        target = null; // a column showing itself: nothing to resolve
                    }
                    found.add(new ValueReference(table.dbLibName(), column, text, target, rs.getLong(2)));
                    if (target != null) {
                        targets.computeIfAbsent(column, k -> new LinkedHashMap<>()).put(text, target);
                    }
                }
            }
        }
        return new Scan(found, targets);
    }

    /**
     * The expression a copy selects for {@code column} so that the copied row shows what {@link #resolve} would write
     * ({@code CASE s.c WHEN ? THEN s.target … ELSE s.c END}, every branch seeing the source row); adds the texts to
     * {@code params}, in order.
     */
    static String copiedValue(String alias, String column, Map<String, String> texts, List<String> params) {
        String c = alias + "." + SqlIdentifier.quote(column);
        StringBuilder expression = new StringBuilder("CASE ").append(c);
        texts.forEach((text, target) -> {
            expression.append(" WHEN ? THEN ").append(alias).append('.').append(SqlIdentifier.quote(target));
            params.add(text);
        });
        return expression.append(" ELSE ").append(c).append(" END").toString();
    }

    /** One UPDATE (per {@value #TEXTS_PER_STATEMENT} texts) setting every column from the row as it was. */
    private static void update(Connection connection, String quotedTable, Map<String, Map<String, String>> targets)
            throws SQLException {
        List<String[]> all = new ArrayList<>(); // column, text, target
        targets.forEach((column, texts) -> texts.forEach((text, target) -> all.add(new String[] {column, text, target})));
        for (int from = 0; from < all.size(); from += TEXTS_PER_STATEMENT) {
            List<String[]> chunk = all.subList(from, Math.min(all.size(), from + TEXTS_PER_STATEMENT));
            Map<String, List<String[]>> byColumn = chunk.stream().collect(Collectors.groupingBy(t -> t[0], LinkedHashMap::new,
                    Collectors.toList()));
            StringBuilder sql = new StringBuilder("UPDATE ").append(quotedTable).append(" SET ");
            List<String> params = new ArrayList<>();
            List<String> sets = new ArrayList<>();
            List<String> wheres = new ArrayList<>();
            for (Map.Entry<String, List<String[]>> e : byColumn.entrySet()) {
                String c = SqlIdentifier.quote(e.getKey());
                StringBuilder set = new StringBuilder(c).append(" = CASE ").append(c);
                for (String[] t : e.getValue()) {
                    set.append(" WHEN ? THEN ").append(SqlIdentifier.quote(t[2]));
                    params.add(t[1]);
                }
                sets.add(set.append(" ELSE ").append(c).append(" END").toString());
            }
            for (Map.Entry<String, List<String[]>> e : byColumn.entrySet()) {
                wheres.add(SqlIdentifier.quote(e.getKey()) + " IN (" + e.getValue().stream().map(t -> "?")
                        .collect(Collectors.joining(", ")) + ")");
                e.getValue().forEach(t -> params.add(t[1]));
            }
            sql.append(String.join(", ", sets)).append(" WHERE ").append(String.join(" OR ", wheres));
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setString(i + 1, params.get(i));
                }
                ps.executeUpdate();
            }
        }
    }

    /** Lower-case parameter name to column: the DbLib's parameter names, then the column names. */
    private static Map<String, String> parameterNames(KicadTablePlan plan) {
        Map<String, String> names = new HashMap<>();
        for (DblField f : plan.fields()) {
            String name = f.name().toLowerCase(Locale.ROOT);
            if (!BUILT_IN_FIELDS.contains(name)) {
                names.putIfAbsent(name, f.column());
            }
        }
        for (String column : plan.columns()) {
            names.put(column.strip().toLowerCase(Locale.ROOT), column); // a column's own name wins
        }
        return names;
    }

    private static boolean eligible(KicadTablePlan plan, String column) {
        if (column.equals(plan.keyColumn())) {
            return false;
        }
        String lower = column.strip().toLowerCase(Locale.ROOT);
        return REFERENCE_COLUMN_PREFIXES.stream().noneMatch(lower::startsWith);
    }
}
