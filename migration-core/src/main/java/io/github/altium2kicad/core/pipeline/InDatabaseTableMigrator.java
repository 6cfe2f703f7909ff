package io.github.altium2kicad.core.pipeline;

import io.github.altium2kicad.api.DuplicateKeyPolicy;
import io.github.altium2kicad.api.EmptyKeyPolicy;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.PerformanceSummary;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.core.altium.AltiumReferenceFinding;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.api.source.TableSchema;
import io.github.altium2kicad.core.PerformanceMonitor;
import io.github.altium2kicad.core.mapping.ColumnRoles;
import io.github.altium2kicad.core.mapping.MappingInputFactory;
import io.github.altium2kicad.core.writer.AttachedSqliteSource;
import io.github.altium2kicad.core.writer.KicadSqliteWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    private static final int DECISIONS_PER_TASK = 256;

    private final AttachedSqliteSource source;
    private final KicadSqliteWriter writer;
    private final PipelineContext context;

    /** A migrator that can {@link #extract} tables; {@link #bind} it to a run's context to migrate them. */
    public InDatabaseTableMigrator(AttachedSqliteSource source, KicadSqliteWriter writer) {
        this(source, writer, null);
    }

    private InDatabaseTableMigrator(AttachedSqliteSource source, KicadSqliteWriter writer, PipelineContext context) {
        this.source = source;
        this.writer = writer;
        this.context = context;
    }

    /** The same migrator, ready to {@link #migrate} with {@code context} (the mapping chain, report, workers …). */
    public InDatabaseTableMigrator bind(PipelineContext context) {
        return new InDatabaseTableMigrator(source, writer, context);
    }

    /**
     * The distinct inputs of one table, read before the migration starts.
     *
     * @param job          the table
     * @param inputColumns the source columns the decisions depend on
     * @param projected    a schema of just those columns, for building mapping inputs
     * @param roles        the reference columns within {@code projected}
     * @param tuples       the distinct combinations of the input columns' values
     */
    public record Extracted(TableJob job, List<String> inputColumns, TableSchema projected, ColumnRoles roles,
                            List<String[]> tuples) {
    }

    /** True if the settings' key policies can be applied in SQL ({@code rename} and {@code generate} cannot). */
    public static boolean supports(MigrationConfig config) {
        return config.useOptimizedEngine()
                && (config.duplicateKeys() == DuplicateKeyPolicy.KEEP_FIRST || config.duplicateKeys() == DuplicateKeyPolicy.FAIL)
                && (config.emptyKeys() == EmptyKeyPolicy.SKIP || config.emptyKeys() == EmptyKeyPolicy.FAIL);
    }

    /**
     * Reads the distinct mapping inputs of {@code job}'s table.
     *
     * @param attributeColumns the columns the rules read besides the references
     * @return empty if the table has no column the mapping depends on (it is then streamed)
     */
    public java.util.Optional<Extracted> extract(TableJob job, java.util.Set<String> attributeColumns, PerformanceMonitor monitor) {
        TreeSet<Integer> indexes = new TreeSet<>(job.roles().referenceColumns());
        for (String attribute : attributeColumns) {
            job.schema().indexOf(attribute).ifPresent(indexes::add);
        }
        if (indexes.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> inputColumns = indexes.stream().map(i -> job.schema().columns().get(i)).toList();
        TableSchema projected = new TableSchema(job.name(), inputColumns);
        try (PerformanceMonitor.Phase extract = monitor.start("extract")) {
            List<String[]> tuples = source.distinct(job.schema(), inputColumns);
            extract.addItems(Math.max(0, job.totalRows()));
            return java.util.Optional.of(new Extracted(job, inputColumns, projected, ColumnRoles.of(job.table(), projected), tuples));
        }
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
        if (config.emptyKeys() == EmptyKeyPolicy.FAIL || config.duplicateKeys() == DuplicateKeyPolicy.FAIL) {
            try (PerformanceMonitor.Phase ignored = context.monitor().start("keys")) {
                failOnKeyProblems(job, source.countEmptyKeys(schema, key));
            }
        }
        List<String> inputColumns = extracted.inputColumns();
        MappingInputFactory inputs = new MappingInputFactory(table, extracted.projected(), extracted.roles(),
                context.chain().attributeColumns());
        List<Decided> decided = decideAll(extracted.projected(), inputs, extracted.tuples(), job.totalRows());
        List<MappingDecision> decisions = decided.stream().map(Decided::decision).toList();
        long written;
        try (PerformanceMonitor.Phase write = context.monitor().start("write")) {
            int[] flags = new int[decided.size()];
            for (int i = 0; i < flags.length; i++) {
                Decided d = decided.get(i);
                flags[i] = (context.report().needsReview(d.decision(), d.findings()) ? AttachedSqliteSource.REVIEW : 0)
                        | (UnresolvedIssue.kindOf(d.decision()) != null ? AttachedSqliteSource.UNRESOLVED : 0);
            }
            source.loadDecisions(inputColumns.size(), extracted.tuples(), decisions, flags);
            long total = Math.max(0, job.totalRows());
            long chunk = Math.max(10_000L, config.batchSize() * 20L);
            written = source.copy(schema, job.plan(), inputColumns, chunk, covered -> {
                long done = Math.min(total, covered);
                context.progress().forEach(l -> l.rowsDone(table, done, job.totalRows()));
            });
            write.addItems(written);
        }
        long emptyKeys = 0;
        long duplicates = 0;
        long rows;
        long unresolved;
        try (PerformanceMonitor.Phase ignored = context.monitor().start("keys")) {
            rows = source.countRows(schema, written);
            if (written < rows) { // some rows were left out: find out which and why
                emptyKeys = source.countEmptyKeys(schema, key);
                duplicates = Math.max(0, rows - emptyKeys - written);
                reportKeyIssues(job, emptyKeys, duplicates);
            }
            unresolved = reportUnresolved(job, inputColumns, decisions);
        }
        try (PerformanceMonitor.Phase ignored = context.monitor().start("report")) {
            report(job, inputColumns, decided);
        }
        long writtenRows = written;
        context.progress().forEach(l -> l.tableFinished(table, writtenRows));
        return new TableResult(table, key, job.keySource(), rows, written, duplicates, emptyKeys, unresolved);
    }

    private void failOnKeyProblems(TableJob job, long emptyKeys) {
        MigrationConfig config = context.config();
        String key = job.plan().keyColumn();
        if (config.emptyKeys() == EmptyKeyPolicy.FAIL && emptyKeys > 0) {
            long[] first = new long[1];
            source.emptyKeyRows(job.schema(), key, (row, k) -> {
                if (first[0] == 0) {
                    first[0] = row;
                }
            });
            throw MigrationException.badInput("Table '" + job.name() + "', row " + first[0] + ": the key column '" + key
                    + "' is empty (" + emptyKeys + " rows in all). Fill it in, or set empty_keys to skip or generate.");
        }
        if (config.duplicateKeys() == DuplicateKeyPolicy.FAIL) {
            String duplicate = source.firstDuplicateKey(job.schema(), key);
            if (duplicate != null) {
                throw MigrationException.badInput("Table '" + job.name() + "': key '" + duplicate + "' in column '" + key
                        + "' is used by more than one row. KiCad needs unique keys: fix the data, or set duplicate_keys "
                        + "to keep-first or rename.");
            }
        }
    }

    /** A distinct input's decision and what the check of its Altium references found. */
    private record Decided(MappingDecision decision, List<AltiumReferenceFinding> findings) {
    }

    private List<Decided> decideAll(TableSchema projected, MappingInputFactory inputs, List<String[]> tuples, long rows) {
        try (PerformanceMonitor.Phase phase = context.monitor().start(PerformanceSummary.COMPONENT_MAPPING)) {
            List<Decided> decisions = new ArrayList<>(tuples.size());
            if (context.pool() == null || tuples.size() <= DECISIONS_PER_TASK) {
                decisions.addAll(decide(projected, inputs, tuples));
            } else {
                List<CompletableFuture<List<Decided>>> tasks = new ArrayList<>();
                for (int from = 0; from < tuples.size(); from += DECISIONS_PER_TASK) {
                    List<String[]> slice = tuples.subList(from, Math.min(tuples.size(), from + DECISIONS_PER_TASK));
                    tasks.add(CompletableFuture.supplyAsync(() -> timed(projected, inputs, slice), context.pool()));
                }
                for (CompletableFuture<List<Decided>> task : tasks) {
                    decisions.addAll(join(task));
                }
            }
            phase.addItems(Math.max(0, rows));
            return decisions;
        }
    }

    private List<Decided> timed(TableSchema projected, MappingInputFactory inputs, List<String[]> slice) {
        try (PerformanceMonitor.Phase ignored = context.monitor().start("component_mapping_workers")) {
            return decide(projected, inputs, slice);
        }
    }

    private List<Decided> decide(TableSchema projected, MappingInputFactory inputs, List<String[]> tuples) {
        List<MappingInput> parts = new ArrayList<>(tuples.size());
        for (String[] tuple : tuples) {
            parts.add(inputs.inputOf(new ComponentRecord(projected, 0, tuple.clone())));
        }
        List<MappingDecision> decisions = context.chain().decideAll(parts, false); // each distinct input is decided once
        List<Decided> out = new ArrayList<>(tuples.size());
        for (int i = 0; i < parts.size(); i++) {
            MappingDecision decision = decisions.get(i);
            List<AltiumReferenceFinding> findings = context.checks().checkOnce(parts.get(i));
            if (!context.report().needsReview(decision, findings) && UnresolvedIssue.kindOf(decision) == null) {
                // only counted from here on: drop the evidence texts, which are most of a decision's memory
                decision = new MappingDecision(decision.symbol(), decision.footprints(), decision.confidence(), decision.rule(),
                        List.of(), List.of());
            }
            out.add(new Decided(decision, findings));
        }
        if (context.memory().overBudget()) {
            context.memory().relieve();
        }
        return out;
    }

    /** Counts every written part in the report and lists, in source order, those that need review. */
    private void report(TableJob job, List<String> inputColumns, List<Decided> decided) {
        long[] counts = source.writtenRowsPerDecision(job.plan(), inputColumns, decided.size());
        boolean review = false;
        for (int i = 0; i < decided.size(); i++) {
            Decided d = decided.get(i);
            if (counts[i] > 0) {
                context.report().count(job.name(), d.decision(), d.findings(), counts[i]);
                review |= context.report().needsReview(d.decision(), d.findings());
            }
        }
        if (review) {
            source.rowsWithDecisions(job.schema(), job.plan().keyColumn(), inputColumns, AttachedSqliteSource.REVIEW, Long.MAX_VALUE,
                    (row, key, index) -> context.report().reviewPart(job.name(), row, key, decided.get(index).decision(),
                            decided.get(index).findings()));
        }
    }

    private void reportKeyIssues(TableJob job, long emptyKeys, long duplicates) {
        String table = job.name();
        if (emptyKeys > 0) {
            source.emptyKeyRows(job.schema(), job.plan().keyColumn(), (row, key) -> context.issues().accept(
                    new PartIssue(table, row, key, PartIssue.Kind.EMPTY_KEY, KicadSqliteWriter.SKIP_EMPTY_ACTION)));
        }
        if (duplicates > 0) {
            source.duplicateKeyRows(job.schema(), job.plan().keyColumn(), (row, key) -> context.issues().accept(
                    new PartIssue(table, row, key, PartIssue.Kind.DUPLICATE_KEY, KicadSqliteWriter.KEEP_FIRST_ACTION)));
        }
    }

    private long reportUnresolved(TableJob job, List<String> inputColumns, List<MappingDecision> decisions) {
        if (decisions.stream().allMatch(d -> UnresolvedIssue.kindOf(d) == null)) {
            return 0;
        }
        Map<PartIssue.Kind, Integer> reported = new EnumMap<>(PartIssue.Kind.class);
        int limit = MigrationResult.MAX_REFERENCE_ISSUES_PER_TABLE;
        source.rowsWithDecisions(job.schema(), job.plan().keyColumn(), inputColumns, AttachedSqliteSource.UNRESOLVED, 2L * limit, (row, key, index) -> {
            MappingDecision decision = decisions.get(index);
            PartIssue.Kind kind = UnresolvedIssue.kindOf(decision);
            if (reported.merge(kind, 1, Integer::sum) <= limit) {
                context.issues().accept(UnresolvedIssue.of(job.name(), row, key, kind, decision));
            }
        });
        return source.countUnresolved(job.plan());
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
