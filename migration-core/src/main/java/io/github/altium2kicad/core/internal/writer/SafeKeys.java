package io.github.altium2kicad.core.internal.writer;

import io.github.altium2kicad.core.internal.source.sqlite.SqlIdentifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Gives parts whose key KiCad 9 cannot use a key it can. KiCad cannot look up a database part whose key holds
 * {@code :} (it separates library and part in a lib_id), {@code \}, {@code <}, {@code >}, {@code "}, a tab or a line
 * break, and a schematic that places one cannot be read back. In a table with such keys, the KiCad key moves to a
 * generated column ({@value #COLUMN}, after the footprints): every part's key as Altium has it, except that each of
 * those characters becomes {@code _}; a key that then equals another one gets the {@code duplicate_keys: rename}
 * suffix {@code ~2}, {@code ~3} … (first free one, parts in table order). The source key column keeps every key as
 * Altium has it and becomes a KiCad field, so the part number is still seen and searchable. Tables without such keys
 * are left exactly as they are.
 *
 * <p>It runs on the output database after the rows are written, so the streaming and the in-database write paths
 * give the same result.
 */
public final class SafeKeys {

    /** The generated key column (a different name if the table has a column of that name). */
    public static final String COLUMN = "KiCad Key";
    /** The characters KiCad cannot use in a key. */
    static final String UNSAFE = ":\\<>\"\t\n\r";
    private static final int MAX_SUFFIX = 10_000;

    private SafeKeys() {
    }

    /** A part written with a safe key. */
    public record Rename(long position, String key, String safeKey) {
    }

    /** What was done to a table: its new plan and the renamed parts (in table order). */
    public record Result(KicadTablePlan plan, List<Rename> renames) {
    }

    /** True if KiCad can use {@code key} as a key. */
    public static boolean isSafe(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (UNSAFE.indexOf(key.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code key} with each character KiCad cannot use replaced by {@code _}. */
    public static String sanitize(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            b.append(UNSAFE.indexOf(c) >= 0 ? '_' : c);
        }
        return b.toString();
    }

    /** Makes the keys of {@code table} safe, if any is not; empty if the table needs nothing. */
    static Optional<Result> apply(Connection connection, OutputTable table) throws SQLException {
        KicadTablePlan plan = table.plan();
        String quotedTable = SqlIdentifier.quote(plan.altiumTable());
        String key = SqlIdentifier.quote(plan.keyColumn());
        List<Long> rowids = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        StringBuilder unsafe = new StringBuilder();
        for (char c : UNSAFE.toCharArray()) {
            unsafe.append(unsafe.length() == 0 ? "" : " OR ").append("instr(").append(key).append(", char(").append((int) c).append(")) > 0");
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT rowid, " + key + " FROM " + quotedTable + " WHERE " + unsafe + " ORDER BY rowid")) {
            while (rs.next()) {
                rowids.add(rs.getLong(1));
                keys.add(rs.getString(2));
            }
        }
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Set<String> taken = new HashSet<>();
        plan.outputColumns().forEach(c -> taken.add(c.toLowerCase(Locale.ROOT)));
        String column = COLUMN;
        for (int n = 2; taken.contains(column.toLowerCase(Locale.ROOT)); n++) {
            column = COLUMN + " " + n;
        }
        KicadTablePlan safe = plan.withGeneratedKey(column, fieldName(plan));
        String generated = SqlIdentifier.quote(column);
        List<Rename> renames = new ArrayList<>();
        long[] positions = positions(connection, quotedTable, rowids);
        try (Statement st = connection.createStatement()) {
            st.execute("ALTER TABLE " + quotedTable + " ADD COLUMN " + generated + " TEXT");
            st.execute("UPDATE " + quotedTable + " SET " + generated + " = " + key);
            st.execute(KicadSqliteWriter.keyIndexSql(safe, "")); // the source keys are unique, so these are too
            try (PreparedStatement update = connection.prepareStatement("UPDATE OR IGNORE " + quotedTable + " SET " + generated
                    + " = ? WHERE rowid = ?")) {
                for (int i = 0; i < keys.size(); i++) {
                    String base = sanitize(keys.get(i));
                    String candidate = base;
                    for (int n = 2; ; n++) {
                        update.setString(1, candidate);
                        update.setLong(2, rowids.get(i));
                        if (update.executeUpdate() > 0) {
                            break;
                        }
                        if (n > MAX_SUFFIX) {
                            throw new SQLException("key '" + base + "' is taken more than " + MAX_SUFFIX + " times");
                        }
                        candidate = base + "~" + n;
                    }
                    renames.add(new Rename(positions[i], keys.get(i), candidate));
                }
            }
        }
        return Optional.of(new Result(safe, renames));
    }

    /** The field name of the source key column: its DbLib parameter name if it had a field, else the column name. */
    private static String fieldName(KicadTablePlan plan) {
        String name = plan.keyColumn();
        Set<String> used = new HashSet<>();
        plan.fields().forEach(f -> used.add(f.name().toLowerCase(Locale.ROOT)));
        if (used.contains(name.toLowerCase(Locale.ROOT))) {
            name = name + " (Altium key)";
        }
        return name;
    }

    /** The 1-based positions among the written rows of the table of {@code rowids} (ascending): one pass over the rowids. */
    private static long[] positions(Connection connection, String quotedTable, List<Long> rowids) throws SQLException {
        long[] out = new long[rowids.size()];
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT rowid FROM " + quotedTable + " ORDER BY rowid")) {
            long position = 0;
            int next = 0;
            while (next < out.length && rs.next()) {
                position++;
                if (rs.getLong(1) == rowids.get(next)) {
                    out[next++] = position;
                }
            }
        }
        return out;
    }
}
