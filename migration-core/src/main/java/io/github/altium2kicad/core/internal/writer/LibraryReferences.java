package io.github.altium2kicad.core.internal.writer;

import io.github.altium2kicad.core.internal.source.sqlite.SqlIdentifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of the generated symbol and footprints columns of the written tables, read and rewritten in place:
 * what a later stage needs to point the parts at other libraries without touching anything else of the rows.
 */
final class LibraryReferences {

    private LibraryReferences() {
    }

    /** Every distinct value of {@code column} over {@code tables}, with the parts carrying it. */
    static Map<String, KicadSqliteWriter.ColumnValue> distinct(Connection connection, List<OutputTable> tables,
                                                                boolean footprints) throws SQLException {
        Map<String, KicadSqliteWriter.ColumnValue> out = new LinkedHashMap<>();
        for (OutputTable table : tables) {
            KicadTablePlan plan = table.plan();
            String column = SqlIdentifier.quote(footprints ? plan.footprintsColumn() : plan.symbolColumn());
            String sql = "SELECT " + column + ", COUNT(*), MIN(" + SqlIdentifier.quote(plan.keyColumn()) + ") FROM "
                    + SqlIdentifier.quote(plan.altiumTable()) + " WHERE " + column + " IS NOT NULL AND " + column
                    + " <> '' GROUP BY " + column;
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    String value = rs.getString(1);
                    KicadSqliteWriter.ColumnValue seen = new KicadSqliteWriter.ColumnValue(value, rs.getLong(2),
                            table.dbLibName(), rs.getString(3));
                    out.merge(value, seen, (a, b) -> new KicadSqliteWriter.ColumnValue(a.value(), a.parts() + b.parts(),
                            a.exampleTable(), a.exampleKey()));
                }
            }
        }
        return out;
    }

    /**
     * Replaces, in {@code column} of every table, each value that is a key of {@code replacements} by its value, in
     * one pass over each table (through a temporary lookup table).
     *
     * @return the rows changed
     */
    static long replace(Connection connection, List<OutputTable> tables, boolean footprints, Map<String, String> replacements)
            throws SQLException {
        if (replacements.isEmpty()) {
            return 0;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS temp.altium2kicad_replacements");
            st.execute("CREATE TEMP TABLE altium2kicad_replacements (old TEXT PRIMARY KEY, new TEXT NOT NULL)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO temp.altium2kicad_replacements VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : replacements.entrySet()) {
                insert.setString(1, e.getKey());
                insert.setString(2, e.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        long changed = 0;
        List<String> done = new ArrayList<>();
        for (OutputTable table : tables) {
            KicadTablePlan plan = table.plan();
            if (done.contains(plan.altiumTable())) {
                continue;
            }
            done.add(plan.altiumTable());
            String column = SqlIdentifier.quote(footprints ? plan.footprintsColumn() : plan.symbolColumn());
            try (Statement st = connection.createStatement()) {
                changed += st.executeUpdate("UPDATE " + SqlIdentifier.quote(plan.altiumTable()) + " SET " + column
                        + " = (SELECT r.new FROM temp.altium2kicad_replacements r WHERE r.old = " + column + ") WHERE "
                        + column + " IN (SELECT old FROM temp.altium2kicad_replacements)");
            }
        }
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE temp.altium2kicad_replacements");
        }
        return changed;
    }
}
