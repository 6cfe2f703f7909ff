package io.github.altium2kicad.core.internal.writer;

import io.github.altium2kicad.api.MigrationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The temporary table of one source table's mapping decisions, one row per distinct combination of the input
 * columns ({@code c0 … cN}): what the copy writes ({@code symbol}, {@code footprints}), how many source rows have
 * it ({@code parts}) and what the report, the issue list and the run's notices need later ({@code findings}: the
 * noticed Altium reference findings, as text). Filled in batches as decisions are made, so the decisions of a table
 * live in SQLite, not on the Java heap, or restored from the table decisions cache ({@code restored = 1}, see
 * {@link AttachedDecisionSnapshots}).
 */
public final class DecisionsTable {

    /** The table's name in the temp schema, and as queries name it. */
    private static final String NAME = "a2k_decisions";
    static final String QUALIFIED_NAME = "temp.\"" + NAME + "\"";

    /** The columns {@link Stored#read} reads, in order. */
    static final String STORED_COLUMNS = "flags, review, issue_kind, issue, rule_error";

    private final Connection connection;
    private final int width;
    private final BiFunction<String, SQLException, MigrationException> failure;

    private DecisionsTable(Connection connection, int width, BiFunction<String, SQLException, MigrationException> failure) {
        this.connection = connection;
        this.width = width;
        this.failure = failure;
    }

    /** Replaces the connection's decisions table with a new, empty one for inputs of {@code width} columns. */
    static DecisionsTable create(Connection connection, int width, BiFunction<String, SQLException, MigrationException> failure) {
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + QUALIFIED_NAME);
            st.execute("CREATE TEMP TABLE \"" + NAME + "\" ("
                    + IntStream.range(0, width).mapToObj(i -> "c" + i + " TEXT").collect(Collectors.joining(", "))
                    + ", symbol TEXT, footprints TEXT, flags INTEGER, parts INTEGER, rule TEXT, confidence REAL, "
                    + "unverifiable INTEGER, review TEXT, issue_kind TEXT, issue TEXT, rule_error TEXT, findings TEXT, restored INTEGER)");
        } catch (SQLException e) {
            throw failure.apply("creating the mapping decisions table", e);
        }
        return new DecisionsTable(connection, width, failure);
    }

    /**
     * One decided input.
     *
     * @param values       the input columns' values ({@code width} of them)
     * @param parts        how many source rows have these values
     * @param symbol       the symbol column's value, or {@code null}
     * @param footprints   the footprints column's value, or {@code null}
     * @param rule         the rule that decided
     * @param confidence   the decision's confidence
     * @param unverifiable Altium references per part that could not be checked
     * @param stored       what listing its parts needs later
     * @param findings     the text of its noticed Altium reference findings, or {@code null} if none
     */
    public record Entry(String[] values, long parts, String symbol, String footprints, String rule, double confidence,
                        long unverifiable, Stored stored, String findings) {
    }

    /**
     * What listing a decision's parts needs.
     *
     * @param flags     {@link AttachedSqliteSource#REVIEW}, {@link AttachedSqliteSource#UNRESOLVED} and/or
     *                  {@link AttachedSqliteSource#RULE_ERROR}
     * @param review    the report's review text for its parts, or {@code null} if they are not reviewed
     * @param issueKind the name of the part issue kind its parts get, or {@code null} if resolved
     * @param issue     that issue's action text, or {@code null}
     * @param ruleError the rule-error issue's action text if a mapping rule failed on the input, else {@code null}
     */
    public record Stored(int flags, String review, String issueKind, String issue, String ruleError) {

        static Stored read(ResultSet rs, int first) throws SQLException {
            return new Stored(rs.getInt(first), rs.getString(first + 1), rs.getString(first + 2), rs.getString(first + 3),
                    rs.getString(first + 4));
        }
    }

    /** Adds decided inputs. */
    public void add(List<Entry> entries) {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + QUALIFIED_NAME + " VALUES (" + "?, ".repeat(width + 12) + "NULL)")) {
            for (Entry e : entries) {
                int i = 1;
                for (int c = 0; c < width; c++) {
                    ps.setString(i++, e.values()[c]);
                }
                ps.setString(i++, e.symbol());
                ps.setString(i++, e.footprints());
                ps.setInt(i++, e.stored().flags());
                ps.setLong(i++, e.parts());
                ps.setString(i++, e.rule());
                ps.setDouble(i++, e.confidence());
                ps.setLong(i++, e.unverifiable());
                setNullable(ps, i++, e.stored().review());
                setNullable(ps, i++, e.stored().issueKind());
                setNullable(ps, i++, e.stored().issue());
                setNullable(ps, i++, e.stored().ruleError());
                setNullable(ps, i, e.findings());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw failure.apply("storing the mapping decisions", e);
        }
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    /** Decisions whose distinct values rank the columns for {@link #index}. */
    static final int RANKING_SAMPLE = 2_000;

    /**
     * Indexes the inputs for the copy's lookups, the most distinguishing column first: lookups then settle on the
     * first comparison instead of comparing the same library path on every row. The columns are ranked by their
     * distinct values among the first {@value #RANKING_SAMPLE} decisions: counting them over every decision sorted
     * each column of the table once more, and the order only changes how fast the lookups are, never what they find.
     */
    public void index() {
        if (width == 0) {
            return;
        }
        String counts = IntStream.range(0, width).mapToObj(i -> "count(DISTINCT c" + i + ")").collect(Collectors.joining(", "));
        long[] distinct = new long[width];
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT " + counts + " FROM (SELECT "
                    + IntStream.range(0, width).mapToObj(i -> "c" + i).collect(Collectors.joining(", ")) + " FROM " + QUALIFIED_NAME + " ORDER BY rowid LIMIT "
                    + RANKING_SAMPLE + ")")) {
                rs.next();
                for (int i = 0; i < width; i++) {
                    distinct[i] = rs.getLong(i + 1);
                }
            }
            String order = IntStream.range(0, width).boxed().sorted((a, b) -> Long.compare(distinct[b], distinct[a]))
                    .map(i -> "c" + i).collect(Collectors.joining(", "));
            st.execute("CREATE INDEX temp.\"" + NAME + "_inputs\" ON \"" + NAME + "\" (" + order + ")");
        } catch (SQLException e) {
            throw failure.apply("indexing the mapping decisions", e);
        }
    }
}
