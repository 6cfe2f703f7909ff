package io.github.altium2kicad.core.internal.writer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.DuplicateKeyPolicy;
import io.github.altium2kicad.api.EmptyKeyPolicy;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.api.source.RecordCursor;
import io.github.altium2kicad.api.source.TableSchema;
import io.github.altium2kicad.core.internal.source.sqlite.SqliteSourceReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two ways rows reach the KiCad database, run on the same source rows under every pair of key policies: streamed
 * through Java ({@link KicadSqliteWriter.TableWriter}) and copied inside SQLite ({@link AttachedSqliteSource}). Where
 * SQL can apply the policies, both must write the same keys, report the same issues and stop with the same error.
 */
class KeyPolicyPathsTest {

    private static final String TABLE = "Parts";
    private static final String KEY = "Part Number";
    private static final TableSchema SCHEMA = new TableSchema(TABLE, List.of(KEY, "Value"));
    private static final KicadTablePlan PLAN = new KicadTablePlan(TABLE, TABLE, KEY, SCHEMA.columns(), "Symbol", "Footprints",
            List.of(), Optional.empty(), Optional.empty(), List.of());
    private static final MappingDecision DECISION = new MappingDecision(Optional.of(new KicadLibId("Device", "R")),
            List.of(new KicadLibId("Resistor_SMD", "R_0603_1608Metric")), 1.0, "test", List.of(), List.of());

    /**
     * Keys differing in case and in white space around them, empty ones (NULL, '', blanks, a tab, the ideographic
     * space U+3000 that Java counts as white space, the no-break space U+00A0 that it does not), a number and its text.
     */
    private static final List<Object> KEYS = Arrays.asList("R1", "r1", "R1 ", " R1", "R1", null, "", "   ", "\t",
            "\u3000", "\u00A0", "R2", "R1", 100, "100", "R2", null, "r1", "R3", "\u3000R3");

    @TempDir
    Path dir;
    private Path source;

    /** What a path did: the keys written (in rowid order) and the issues, or the error it stopped with. */
    private record Outcome(List<String> keys, List<PartIssue> issues, long emptyKeys, long duplicateKeys, String error) {
    }

    static Stream<Arguments> policies() {
        return Arrays.stream(DuplicateKeyPolicy.values())
                .flatMap(d -> Arrays.stream(EmptyKeyPolicy.values()).map(e -> Arguments.of(d, e)));
    }

    @BeforeEach
    void writeSource() throws SQLException {
        source = dir.resolve("source.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source); Statement st = c.createStatement()) {
            // no type (a number stays a number) and NOCASE: neither may change what counts as the same key
            st.execute("CREATE TABLE \"" + TABLE + "\" (\"" + KEY + "\" COLLATE NOCASE, \"Value\" TEXT)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"" + TABLE + "\" VALUES (?, ?)")) {
                for (int i = 0; i < KEYS.size(); i++) {
                    ps.setObject(1, KEYS.get(i));
                    ps.setString(2, "v" + i % 3);
                    ps.executeUpdate();
                }
            }
        }
    }

    @ParameterizedTest(name = "duplicate_keys: {0}, empty_keys: {1}")
    @MethodSource("policies")
    void inDatabaseCopyAppliesTheKeyPoliciesAsTheStreamingWriterDoes(DuplicateKeyPolicy duplicates, EmptyKeyPolicy empties)
            throws Exception {
        KeyPolicy policy = new KeyPolicy(duplicates, empties);
        Outcome streamed = streamed(policy);
        if (!policy.appliesInSql()) {
            // rename/generate write keys the source lacks: those runs are streamed only, and keep every non-empty row
            if (policy.failsOnEmptyKeys()) {
                assertThat(streamed.error()).isEqualTo(KeyPolicy.emptyKeyFailure(TABLE, 6, KEY).getMessage());
                return;
            }
            if (policy.failsOnDuplicateKeys()) {
                assertThat(streamed.error()).isEqualTo(KeyPolicy.duplicateKeyFailure(TABLE, 5, "R1", KEY).getMessage());
                return;
            }
            List<String> nonEmpty = KEYS.stream().map(k -> k == null ? null : k.toString()).filter(k -> !KeyPolicy.isEmpty(k)).toList();
            long written = (duplicates == DuplicateKeyPolicy.RENAME ? nonEmpty.size() : nonEmpty.stream().distinct().count())
                    + (empties == EmptyKeyPolicy.GENERATE ? KEYS.size() - nonEmpty.size() : 0);
            assertThat(streamed.error()).isNull();
            assertThat(streamed.keys()).doesNotHaveDuplicates().hasSize((int) written);
            if (duplicates == DuplicateKeyPolicy.RENAME) {
                assertThat(streamed.keys()).contains(KeyPolicy.renamedKey("R1", 2), KeyPolicy.renamedKey("R1", 3));
            }
            if (empties == EmptyKeyPolicy.GENERATE) {
                assertThat(streamed.keys()).contains(KeyPolicy.generatedKey(TABLE, 6), KeyPolicy.generatedKey(TABLE, 10));
            }
            return;
        }
        Outcome copied = copied(policy);
        assertThat(copied).isEqualTo(streamed);
        if (policy.failsOnEmptyKeys() || policy.failsOnDuplicateKeys()) {
            assertThat(copied.error()).isNotNull();
        } else {
            assertThat(copied.keys()).containsExactly("R1", "r1", "R1 ", " R1", "\u00A0", "R2", "100", "R3", "\u3000R3");
            assertThat(copied.issues()).extracting(PartIssue::row)
                    .containsExactly(5L, 6L, 7L, 8L, 9L, 10L, 13L, 15L, 16L, 17L, 18L);
        }
    }

    /** Through Java: the source reader's rows, in batches of 4, into the table writer. */
    private Outcome streamed(KeyPolicy policy) throws Exception {
        Path out = dir.resolve("streamed-" + policy.duplicates() + "-" + policy.empties() + ".sqlite");
        List<PartIssue> issues = new ArrayList<>();
        long emptyKeys;
        long duplicateKeys;
        try (KicadSqliteWriter writer = KicadSqliteWriter.create(out); SqliteSourceReader reader = SqliteSourceReader.open(source)) {
            KicadSqliteWriter.TableWriter table = writer.table(PLAN, TABLE, policy.duplicates(), policy.empties());
            try (RecordCursor cursor = reader.open(SCHEMA)) {
                List<MappedRow> batch = new ArrayList<>();
                for (ComponentRecord record = cursor.next(); record != null; record = cursor.next()) {
                    batch.add(new MappedRow(record, DECISION, List.of()));
                    if (batch.size() == 4) {
                        table.write(batch, issues::add);
                        batch.clear();
                    }
                }
                table.write(batch, issues::add);
            } catch (MigrationException e) {
                return new Outcome(null, null, 0, 0, e.getMessage());
            }
            writer.finish(List.of(PLAN), false, false, false);
            emptyKeys = table.emptyKeys();
            duplicateKeys = table.duplicateKeys();
        }
        return new Outcome(keys(out), byRow(issues), emptyKeys, duplicateKeys, null);
    }

    /** Inside SQLite: the source attached, its inputs decided into the decisions table, the rows copied. */
    private Outcome copied(KeyPolicy policy) throws Exception {
        Path out = dir.resolve("copied-" + policy.duplicates() + "-" + policy.empties() + ".sqlite");
        List<PartIssue> issues = new ArrayList<>();
        long emptyKeys;
        long duplicateKeys;
        try (KicadSqliteWriter writer = KicadSqliteWriter.create(out)) {
            writer.createTable(PLAN);
            AttachedSqliteSource attached = writer.attach(source);
            try {
                attached.enforceFailPolicies(SCHEMA, TABLE, KEY, policy);
            } catch (MigrationException e) {
                return new Outcome(null, null, 0, 0, e.getMessage());
            }
            DecisionsTable decisions = attached.newDecisions(1);
            Map<String, Long> values = new LinkedHashMap<>();
            for (int i = 0; i < KEYS.size(); i++) {
                values.merge("v" + i % 3, 1L, Long::sum);
            }
            decisions.add(values.entrySet().stream().map(v -> new DecisionsTable.Entry(new String[] {v.getKey()}, v.getValue(),
                    DECISION.symbol().orElseThrow().toString(), DECISION.footprintsColumnValue(), DECISION.rule(),
                    DECISION.confidence(), 0, new DecisionsTable.Stored(0, null, null, null, null), null)).toList());
            decisions.index();
            long written = attached.copy(SCHEMA, PLAN, List.of("Value"), ValueReferences.Scan.NONE, 3, covered -> { });
            long rows = attached.countRows(SCHEMA, written);
            emptyKeys = attached.countEmptyKeys(SCHEMA, KEY);
            duplicateKeys = rows - emptyKeys - written;
            if (written < rows) {
                attached.reportLeftOutRows(SCHEMA, TABLE, KEY, issues::add);
            }
            writer.finish(List.of(PLAN), false, false, false);
        }
        return new Outcome(keys(out), byRow(issues), emptyKeys, duplicateKeys, null); // read once the writer let go
    }

    private static List<PartIssue> byRow(List<PartIssue> issues) {
        return issues.stream().sorted(Comparator.comparingLong(PartIssue::row)).toList();
    }

    /** The output's keys in rowid order, each with the symbol and footprints written beside it. */
    private static List<String> keys(Path database) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"" + KEY + "\", typeof(\"" + KEY + "\"), Symbol, Footprints FROM \""
                     + TABLE + "\" ORDER BY rowid")) {
            while (rs.next()) {
                assertThat(rs.getString(2)).isEqualTo("text");
                assertThat(rs.getString(3)).isEqualTo("Device:R");
                assertThat(rs.getString(4)).isEqualTo("Resistor_SMD:R_0603_1608Metric");
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }
}
