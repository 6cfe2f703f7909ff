package io.github.altium2kicad.core.internal.pipeline;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.core.altium.AltiumReferenceFinding;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.api.source.TableSchema;
import io.github.altium2kicad.core.MigrationPhase;
import io.github.altium2kicad.core.PerformanceMonitor;
import io.github.altium2kicad.core.mapping.ChainDecision;
import io.github.altium2kicad.core.mapping.ColumnRoles;
import io.github.altium2kicad.core.mapping.MappingInputFactory;
import io.github.altium2kicad.core.internal.cache.DecisionSnapshots;
import io.github.altium2kicad.core.internal.writer.AttachedDecisionSnapshots;
import io.github.altium2kicad.core.internal.writer.AttachedSqliteSource;
import io.github.altium2kicad.core.internal.writer.KeyPolicy;
import io.github.altium2kicad.core.internal.writer.KicadSqliteWriter;
import io.github.altium2kicad.core.internal.writer.OutputTable;
import io.github.altium2kicad.core.internal.writer.ValueReferences;
import io.github.altium2kicad.core.report.MappingReport;
import io.github.altium2kicad.core.report.PartReview;
import io.github.altium2kicad.core.internal.writer.DecisionsTable;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Moves one table from an SQLite source into the KiCad database without passing its rows through Java: each
 * distinct combination of the columns the mapping rules read is decided once (in parallel), the decisions go into
 * a small table, and one {@code INSERT … SELECT} joined to it copies the rows in source order. Real libraries repeat
 * the same few thousand footprints across hundreds of thousands of parts, so this is close to a raw copy. The
 * output is identical to {@link StreamingTableMigrator}'s.
 */
public final class InDatabaseTableMigrator {

    private final AttachedSqliteSource source;
    private final KicadSqliteWriter writer;
    private final PipelineContext context;
    /** The table decisions cache on this migrator's connection, or {@code null}. */
    private final AttachedDecisionSnapshots snapshots;

    /** A migrator that can {@link #extract} tables; {@link #bind} it to a run's context to migrate them. */
    public InDatabaseTableMigrator(AttachedSqliteSource source, KicadSqliteWriter writer) {
        this(source, writer, null, null);
    }

    private InDatabaseTableMigrator(AttachedSqliteSource source, KicadSqliteWriter writer, PipelineContext context,
                                    AttachedDecisionSnapshots snapshots) {
        this.source = source;
        this.writer = writer;
        this.context = context;
        this.snapshots = snapshots;
    }

    /**
     * The same migrator, ready to {@link #migrate} with {@code context} (the mapping chain, report, workers …), with
     * the context's table decisions cache attached to its connection if there is one.
     */
    public InDatabaseTableMigrator bind(PipelineContext context) {
        AttachedDecisionSnapshots attached = null;
        DecisionSnapshots cache = context.snapshots().orElse(null);
        if (cache != null && cache.on()) {
            try {
                attached = source.attachSnapshots(cache);
            } catch (SQLException e) {
                cache.failed("attaching it", e);
            }
        }
        return new InDatabaseTableMigrator(source, writer, context, attached);
    }

    /**
     * A table whose distinct mapping inputs are read, decided and copied inside SQLite.
     *
     * @param job          the table
     * @param inputColumns the source columns the decisions depend on
     * @param projected    a schema of just those columns, for building mapping inputs
     * @param roles        the reference columns within {@code projected}
     */
    public record Extracted(TableJob job, List<String> inputColumns, TableSchema projected, ColumnRoles roles) {
    }

    /** True if the settings' key policies can be applied in SQL ({@code rename} and {@code generate} cannot). */
    public static boolean supports(MigrationConfig config) {
        return KeyPolicy.of(config).appliesInSql();
    }

    /**
     * The columns of {@code job}'s table the mapping depends on.
     *
     * @param attributeColumns the columns the rules read besides the references
     * @return empty if the table has no column the mapping depends on (it is then streamed)
     */
    public static java.util.Optional<Extracted> extract(TableJob job, java.util.Set<String> attributeColumns) {
        TreeSet<Integer> indexes = new TreeSet<>(job.roles().referenceColumns());
        for (String attribute : attributeColumns) {
            job.schema().indexOf(attribute).ifPresent(indexes::add);
        }
        if (indexes.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> inputColumns = indexes.stream().map(i -> job.schema().columns().get(i)).toList();
        TableSchema projected = new TableSchema(job.name(), inputColumns);
        return java.util.Optional.of(new Extracted(job, inputColumns, projected, ColumnRoles.of(job.table(), projected)));
    }

    /** Migrates an extracted table; the migrator must be {@link #bind bound}. */
    public TableResult migrate(Extracted extracted) {
        if (context == null) {
            throw new IllegalStateException("bind the migrator to the run's context before migrating");
        }
        TableJob job = extracted.job();
        MigrationConfig config = context.config();
        String table = job.name();
        TableSchema schema = job.schema();
        String key = job.plan().keyColumn();
        context.progress().forEach(l -> l.tableStarted(table, job.totalRows()));
        writer.createTable(job.plan()); // the table and its UNIQUE key index, unless already there
        KeyPolicy keys = KeyPolicy.of(config);
        if (keys.failsOnEmptyKeys() || keys.failsOnDuplicateKeys()) {
            try (PerformanceMonitor.Phase ignored = context.monitor().start(MigrationPhase.KEYS)) {
                source.enforceFailPolicies(schema, table, key, keys);
            }
        }
        List<String> inputColumns = extracted.inputColumns();
        MappingInputFactory inputs = new MappingInputFactory(table, extracted.projected(), extracted.roles(),
                context.chain().attributeColumns());
        DecisionsTable decisions = source.newDecisions(inputColumns.size());
        DecisionSnapshots.Scope scope = snapshots != null && snapshots.snapshots().on()
                ? snapshots.snapshots().scope(table, inputColumns, context.report().settings()) : null;
        Restored restored = scope == null ? Restored.NONE : restore(extracted, scope);
        if (restored == null) { // the cache failed: decide the whole table as without it
            decisions = source.newDecisions(inputColumns.size());
            scope = null;
            restored = Restored.NONE;
        }
        boolean decided = restored.inputs() == 0 || job.totalRows() < 0 || restored.rows() < job.totalRows();
        if (decided) {
            decideAll(extracted, inputs, decisions, restored.inputs() > 0 ? scope.key() : null);
        } else {
            try (PerformanceMonitor.Phase phase = context.monitor().start(MigrationPhase.COMPONENT_MAPPING)) {
                phase.addItems(job.totalRows());
            }
        }
        long written;
        OutputTable output = new OutputTable(table, job.plan());
        ValueReferences.Scan values;
        try (PerformanceMonitor.Phase write = context.monitor().start(MigrationPhase.WRITE)) {
            decisions.index();
            // =Name values are written resolved by the copy, unless there are too many to bind (then the run resolves
            // them on the written table, as for a streamed table)
            values = source.valueReferences(schema, output, false);
            if (values.texts() > ValueReferences.TEXTS_PER_STATEMENT) {
                values = null;
            }
            long total = Math.max(0, job.totalRows());
            long chunk = Math.max(10_000L, config.batchSize() * 20L);
            written = source.copy(schema, job.plan(), inputColumns, values == null ? ValueReferences.Scan.NONE : values, chunk, covered -> {
                long done = Math.min(total, covered);
                context.progress().forEach(l -> l.rowsDone(table, done, job.totalRows()));
            });
            write.addItems(written);
        }
        long emptyKeys = 0;
        long duplicates = 0;
        long rows;
        long unresolved;
        long ruleErrors;
        try (PerformanceMonitor.Phase ignored = context.monitor().start(MigrationPhase.KEYS)) {
            rows = source.countRows(schema, written);
            if (written < rows) { // some rows were left out: find out which and why
                emptyKeys = source.countEmptyKeys(schema, key);
                duplicates = Math.max(0, rows - emptyKeys - written);
                source.reportLeftOutRows(schema, table, key, context.issues());
                source.uncountSkippedRows(schema, key, inputColumns);
            }
            if (values != null) { // the rows left out do not count
                context.valuesResolvedInCopy().put(table, written < rows ? source.valueReferences(schema, output, true).found()
                        : values.found());
            }
            unresolved = reportUnresolved(job, inputColumns, written);
            ruleErrors = reportRuleErrors(job, inputColumns, written);
        }
        try (PerformanceMonitor.Phase ignored = context.monitor().start(MigrationPhase.REPORT)) {
            report(job, inputColumns, written);
        }
        if (scope != null && decided) { // a table restored whole has nothing new to store
            store(table, scope, inputColumns.size());
        }
        long writtenRows = written;
        context.progress().forEach(l -> l.tableFinished(table, writtenRows));
        return new TableResult(table, key, job.keySource(), rows, written, duplicates, emptyKeys, unresolved, ruleErrors);
    }

    /** What {@link #restore} restored: distinct inputs and the source rows that have them. */
    private record Restored(long inputs, long rows) {
        static final Restored NONE = new Restored(0, 0);
    }

    /**
     * Fills the decisions table from the table decisions cache, counts what it restored as persistent-cache answers and
     * remembers the restored parts' noticed names; {@code null} if the cache failed (it is then off for the run).
     */
    private Restored restore(Extracted extracted, DecisionSnapshots.Scope scope) {
        String table = extracted.job().name();
        try (PerformanceMonitor.Phase ignored = context.monitor().start(MigrationPhase.COMPONENT_MAPPING)) {
            if (!snapshots.has(scope.key())) {
                return Restored.NONE;
            }
            long inputs = source.restoreDecisions(extracted.job().schema(), extracted.inputColumns(), snapshots, scope.key());
            if (inputs == 0) {
                return Restored.NONE;
            }
            List<AltiumReferenceFinding> noticed = new ArrayList<>();
            for (String text : snapshots.restoredFindings()) {
                noticed.addAll(NoticedFindings.decode(text));
            }
            context.checks().remember(noticed);
            context.chain().countRestored(inputs);
            snapshots.snapshots().restored(inputs);
            return new Restored(inputs, source.rowsWithRestoredDecisions());
        } catch (SQLException | IllegalArgumentException e) {
            snapshots.snapshots().failed("restoring the decisions of table '" + table + "'", e);
            return null;
        }
    }

    /** Adds the table's decisions made this run to the table decisions cache. */
    private void store(String table, DecisionSnapshots.Scope scope, int width) {
        try (PerformanceMonitor.Phase ignored = context.monitor().start(MigrationPhase.COMPONENT_MAPPING)) {
            snapshots.snapshots().stored(snapshots.save(scope, width));
        } catch (SQLException e) {
            snapshots.snapshots().failed("storing the decisions of table '" + table + "'", e);
        }
    }

    /**
     * Reads the table's distinct inputs in batches, decides each batch on the workers (a bounded number of batches in
     * flight: back-pressure on the reading) and stores the decisions in order, so that the decisions table is the
     * same whatever the number of workers. Only the batches in flight are in memory.
     *
     * @param restoredScope the scope the decisions table was partly restored from (those inputs are left out), or
     *                      {@code null}
     */
    private void decideAll(Extracted extracted, MappingInputFactory inputs, DecisionsTable decisions, byte[] restoredScope) {
        TableSchema projected = extracted.projected();
        int inFlightLimit = Math.max(2, 2 * context.workers());
        ArrayDeque<CompletableFuture<List<DecisionsTable.Entry>>> inFlight = new ArrayDeque<>();
        try (PerformanceMonitor.Phase phase = context.monitor().start(MigrationPhase.COMPONENT_MAPPING);
             PerformanceMonitor.Phase extract = context.monitor().start(MigrationPhase.EXTRACT)) { // the reading runs alongside the mapping
            // batch_size distinct inputs per task: the rows of one input are copied in bulk, so inputs are what is batched
            source.groupedInputs(extracted.job().schema(), extracted.inputColumns(), context.config().batchSize(),
                    restoredScope == null ? null : snapshots, restoredScope, groups -> {
                if (context.pool() == null) {
                    decisions.add(decide(projected, inputs, groups));
                    return;
                }
                inFlight.add(CompletableFuture.supplyAsync(() -> timed(projected, inputs, groups), context.pool()));
                while (inFlight.size() >= inFlightLimit) {
                    decisions.add(join(inFlight.poll()));
                }
            });
            while (!inFlight.isEmpty()) {
                decisions.add(join(inFlight.poll()));
            }
            phase.addItems(Math.max(0, extracted.job().totalRows()));
            extract.addItems(Math.max(0, extracted.job().totalRows()));
        } finally {
            inFlight.forEach(f -> f.cancel(false));
        }
    }

    private List<DecisionsTable.Entry> timed(TableSchema projected, MappingInputFactory inputs, List<AttachedSqliteSource.InputGroup> groups) {
        try (PerformanceMonitor.Phase ignored = context.monitor().start(MigrationPhase.COMPONENT_MAPPING_WORKERS)) {
            return decide(projected, inputs, groups);
        }
    }

    private List<DecisionsTable.Entry> decide(TableSchema projected, MappingInputFactory inputs,
                                              List<AttachedSqliteSource.InputGroup> groups) {
        List<MappingInput> parts = new ArrayList<>(groups.size());
        for (AttachedSqliteSource.InputGroup group : groups) {
            parts.add(inputs.inputOf(new ComponentRecord(projected, 0, group.values().clone())));
        }
        List<ChainDecision> decisions = context.chain().decideAll(parts, false); // each distinct input is decided once
        List<DecisionsTable.Entry> out = new ArrayList<>(groups.size());
        for (int i = 0; i < parts.size(); i++) {
            MappingDecision decision = decisions.get(i).decision();
            Optional<String> ruleError = decisions.get(i).ruleError();
            ReferenceChecks.Checked checked = context.checks().checkOnce(parts.get(i));
            List<AltiumReferenceFinding> findings = checked.findings();
            String review = context.report().reviewOf(decision, findings, ruleError).map(PartReview::toText).orElse(null);
            PartIssue.Kind kind = UnresolvedIssue.kindOf(decision);
            int flags = (review != null ? AttachedSqliteSource.REVIEW : 0) | (kind != null ? AttachedSqliteSource.UNRESOLVED : 0)
                    | (ruleError.isPresent() ? AttachedSqliteSource.RULE_ERROR : 0);
            String footprints = decision.footprintsColumnValue();
            out.add(new DecisionsTable.Entry(groups.get(i).values(), groups.get(i).rows(),
                    decision.symbol().map(Object::toString).orElse(null), footprints.isEmpty() ? null : footprints,
                    decision.rule(), decision.confidence(), MappingReport.unverifiableReferences(findings),
                    new DecisionsTable.Stored(flags, review, kind == null ? null : kind.name(),
                            kind == null ? null : UnresolvedIssue.action(kind, decision), ruleError.orElse(null)),
                    NoticedFindings.encode(checked.noticed())));
        }
        if (context.memory().overBudget()) {
            context.memory().relieve();
        }
        return out;
    }

    /** Counts every written part in the report and lists, in source order, those that need review. */
    private void report(TableJob job, List<String> inputColumns, long written) {
        source.outcomes((rule, confidence, unverifiable, parts) -> context.report().count(job.name(), rule, confidence, unverifiable, parts));
        if (source.anyDecisionWith(AttachedSqliteSource.REVIEW)) {
            source.rowsWithDecisions(job.schema(), job.plan().keyColumn(), inputColumns, written, AttachedSqliteSource.REVIEW,
                    Long.MAX_VALUE, stored -> PartReview.fromText(stored.review()),
                    (row, key, review) -> context.report().reviewPart(job.name(), row, key, review));
        }
    }

    private long reportUnresolved(TableJob job, List<String> inputColumns, long written) {
        if (!source.anyDecisionWith(AttachedSqliteSource.UNRESOLVED)) {
            return 0;
        }
        Map<PartIssue.Kind, Integer> reported = new EnumMap<>(PartIssue.Kind.class);
        int limit = MigrationResult.MAX_REFERENCE_ISSUES_PER_TABLE;
        source.rowsWithDecisions(job.schema(), job.plan().keyColumn(), inputColumns, written, AttachedSqliteSource.UNRESOLVED,
                2L * limit, stored -> stored, (row, key, stored) -> {
                    PartIssue.Kind kind = PartIssue.Kind.valueOf(stored.issueKind());
                    if (reported.merge(kind, 1, Integer::sum) <= limit) {
                        context.issues().accept(new PartIssue(job.name(), row, key, kind, stored.issue()));
                    }
                });
        return source.countPartsWith(AttachedSqliteSource.UNRESOLVED);
    }

    /**
     * Lists the first written parts a mapping rule failed on (as {@link #reportUnresolved} does) and counts them all
     * against the run's {@code max_part_errors}.
     */
    private long reportRuleErrors(TableJob job, List<String> inputColumns, long written) {
        if (!source.anyDecisionWith(AttachedSqliteSource.RULE_ERROR)) {
            return 0;
        }
        List<PartIssue> listed = new ArrayList<>();
        source.rowsWithDecisions(job.schema(), job.plan().keyColumn(), inputColumns, written, AttachedSqliteSource.RULE_ERROR,
                MigrationResult.MAX_REFERENCE_ISSUES_PER_TABLE, stored -> stored, (row, key, stored) -> listed.add(
                        new PartIssue(job.name(), row, key, PartIssue.Kind.RULE_ERROR, stored.ruleError())));
        listed.forEach(context.issues());
        long parts = source.countPartsWith(AttachedSqliteSource.RULE_ERROR);
        context.ruleErrors().charge(parts, listed.isEmpty() ? null : listed.get(0));
        return parts;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }
}
