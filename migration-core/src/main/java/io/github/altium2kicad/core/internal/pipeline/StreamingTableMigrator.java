package io.github.altium2kicad.core.internal.pipeline;

import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.api.source.RecordCursor;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.core.MigrationPhase;
import io.github.altium2kicad.core.PerformanceMonitor;
import io.github.altium2kicad.core.mapping.ChainDecision;
import io.github.altium2kicad.core.mapping.MappingInputFactory;
import io.github.altium2kicad.core.internal.writer.KicadSqliteWriter;
import io.github.altium2kicad.core.internal.writer.MappedRow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Moves one table from any {@link SourceReader}: the reader's rows are cut into batches, the batches are mapped on
 * the worker pool (at most two per worker in flight: back-pressure), and written in source order by the single
 * writer. Memory stays bounded whatever the table's size.
 */
public final class StreamingTableMigrator implements TableMigrator {

    private final PipelineContext context;
    private final SourceReader reader;
    private final KicadSqliteWriter writer;
    private final int batchSize;

    /** @param batchSize rows per batch before the memory governor's adjustment ({@code batch_size}) */
    public StreamingTableMigrator(PipelineContext context, SourceReader reader, KicadSqliteWriter writer, int batchSize) {
        this.context = context;
        this.reader = reader;
        this.writer = writer;
        this.batchSize = batchSize;
    }

    @Override
    public List<TableResult> migrate(List<TableJob> jobs) {
        return jobs.stream().map(this::migrate).toList();
    }

    /** Migrates {@code job}'s table. */
    public TableResult migrate(TableJob job) {
        var config = context.config();
        context.progress().forEach(l -> l.tableStarted(job.name(), job.totalRows()));
        KicadSqliteWriter.TableWriter out = writer.table(job.plan(), job.name(), config.duplicateKeys(), config.emptyKeys());
        MappingInputFactory inputs = new MappingInputFactory(job.name(), job.schema(), job.roles(), context.chain().attributeColumns());
        int configuredBatch = batchSize;
        int maxInFlight = Math.max(2, context.workers() * 2);
        Deque<CompletableFuture<List<MappedRow>>> inFlight = new ArrayDeque<>();
        Counters counters = new Counters();
        try (RecordCursor cursor = reader.open(job.schema())) {
            while (true) {
                while (context.memory().overBudget() && !inFlight.isEmpty()) {
                    write(job, out, join(inFlight.poll()), counters);
                }
                if (context.memory().overBudget()) {
                    context.memory().relieve();
                }
                int batchSize = context.memory().batchSize(configuredBatch);
                List<ComponentRecord> batch = new ArrayList<>(batchSize);
                try (PerformanceMonitor.Phase extract = context.monitor().start(MigrationPhase.EXTRACT)) {
                    for (ComponentRecord row = null; batch.size() < batchSize && (row = cursor.next()) != null; ) {
                        batch.add(row);
                    }
                    extract.addItems(batch.size());
                }
                if (batch.isEmpty()) {
                    break;
                }
                counters.read += batch.size();
                inFlight.add(context.pool() == null
                        ? CompletableFuture.completedFuture(map(batch, inputs))
                        : CompletableFuture.supplyAsync(() -> map(batch, inputs), context.pool()));
                while (inFlight.size() >= maxInFlight) {
                    write(job, out, join(inFlight.poll()), counters);
                }
            }
            while (!inFlight.isEmpty()) {
                write(job, out, join(inFlight.poll()), counters);
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
        context.progress().forEach(l -> l.tableFinished(job.name(), out.rowsWritten()));
        return new TableResult(job.name(), job.plan().keyColumn(), job.keySource(), counters.read, out.rowsWritten(),
                out.duplicateKeys(), out.emptyKeys(), counters.unresolved, counters.ruleErrors);
    }

    private List<MappedRow> map(List<ComponentRecord> batch, MappingInputFactory inputs) {
        try (PerformanceMonitor.Phase phase = context.monitor().start(MigrationPhase.COMPONENT_MAPPING)) {
            List<MappingInput> parts = new ArrayList<>(batch.size());
            for (ComponentRecord row : batch) {
                parts.add(inputs.inputOf(row));
            }
            List<ChainDecision> decisions = context.chain().decideAll(parts);
            List<MappedRow> mapped = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                ChainDecision decided = decisions.get(i);
                mapped.add(new MappedRow(batch.get(i), decided.decision(), context.checks().check(parts.get(i)), decided.ruleError()));
            }
            phase.addItems(batch.size());
            return mapped;
        }
    }

    private void write(TableJob job, KicadSqliteWriter.TableWriter out, List<MappedRow> rows, Counters counters) {
        BitSet written;
        try (PerformanceMonitor.Phase phase = context.monitor().start(MigrationPhase.WRITE)) {
            written = out.write(rows, context.issues());
            phase.addItems(rows.size());
        }
        String keyColumn = job.plan().keyColumn();
        long ruleErrors = 0;
        PartIssue firstRuleError = null;
        for (int i = written.nextSetBit(0); i >= 0; i = written.nextSetBit(i + 1)) {
            MappedRow row = rows.get(i);
            MappingDecision d = row.decision();
            long rowNumber = row.record().rowNumber();
            String key = row.record().get(keyColumn);
            context.report().record(job.name(), rowNumber, key, d, row.findings(), row.ruleError());
            PartIssue.Kind kind = UnresolvedIssue.kindOf(d);
            if (kind != null) {
                counters.unresolved++;
                if (counters.referenceIssues.merge(kind, 1, Integer::sum) <= MigrationResult.MAX_REFERENCE_ISSUES_PER_TABLE) {
                    context.issues().accept(UnresolvedIssue.of(job.name(), rowNumber, key, kind, d));
                }
            }
            if (row.ruleError().isPresent()) {
                PartIssue issue = new PartIssue(job.name(), rowNumber, key, PartIssue.Kind.RULE_ERROR, row.ruleError().get());
                firstRuleError = firstRuleError == null ? issue : firstRuleError;
                ruleErrors++;
                if (counters.ruleErrors + ruleErrors <= MigrationResult.MAX_REFERENCE_ISSUES_PER_TABLE) {
                    context.issues().accept(issue);
                }
            }
        }
        counters.ruleErrors += ruleErrors;
        context.ruleErrors().charge(ruleErrors, firstRuleError);
        counters.done += rows.size();
        long done = counters.done;
        context.progress().forEach(l -> l.rowsDone(job.name(), done, job.totalRows()));
    }

    private static List<MappedRow> join(CompletableFuture<List<MappedRow>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    private static final class Counters {
        long read;
        long done;
        long unresolved;
        long ruleErrors;
        final Map<PartIssue.Kind, Integer> referenceIssues = new EnumMap<>(PartIssue.Kind.class);
    }
}
