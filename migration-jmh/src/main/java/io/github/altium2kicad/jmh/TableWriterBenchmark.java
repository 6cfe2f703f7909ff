package io.github.altium2kicad.jmh;

import io.github.altium2kicad.api.DuplicateKeyPolicy;
import io.github.altium2kicad.api.EmptyKeyPolicy;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.core.mapping.MappingChain;
import io.github.altium2kicad.core.internal.writer.KicadSqliteWriter;
import io.github.altium2kicad.core.internal.writer.MappedRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link KicadSqliteWriter.TableWriter#write}: one batch of mapped rows into a table of a fresh database per
 * iteration (so the table and its UNIQUE key index grow as in a migration). Every row gets a key never used before,
 * so no row takes the duplicate path. The primary score is batches per second, the secondary {@code rows} rows per
 * second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class TableWriterBenchmark {

    /** Rows per {@code write} call ({@code batch_size}). */
    @Param({"100", "1000", "5000"})
    public int batchSize;

    private SampleTable sample;
    private MappingDecision[] decisions;
    private int keyIndex;
    private WorkFolder work;
    private Path database;
    private KicadSqliteWriter writer;
    private KicadSqliteWriter.TableWriter table;
    private List<MappedRow> batch;
    private long batches;
    private final Consumer<PartIssue> issues = issue -> {
        throw new IllegalStateException("unexpected key issue in the benchmark: " + issue);
    };

    /** Rows written, reported by JMH per second as the secondary result {@code rows}. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class RowsCounter {
        public long rows;
    }

    @Setup(Level.Trial)
    public void mapRows(SampleTable sample) {
        this.sample = sample;
        MappingChain chain = sample.chain(true);
        MappingInput[] inputs = sample.inputs();
        decisions = new MappingDecision[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            decisions[i] = chain.decide(inputs[i]).decision();
        }
        keyIndex = sample.schema.indexOf(sample.plan.keyColumn()).orElseThrow();
        work = WorkFolder.create("writer-bench");
    }

    @Setup(Level.Iteration)
    public void freshDatabase() {
        database = work.root().resolve(work.freshPath("kicad").getFileName() + ".sqlite");
        writer = KicadSqliteWriter.create(database);
        table = writer.table(sample.plan, DuplicateKeyPolicy.KEEP_FIRST, EmptyKeyPolicy.SKIP);
    }

    @Setup(Level.Invocation)
    public void nextBatch() {
        long b = batches++;
        List<MappedRow> rows = new ArrayList<>(batchSize);
        for (int j = 0; j < batchSize; j++) {
            ComponentRecord source = sample.rows[j & (SampleTable.ROWS - 1)];
            String[] values = new String[source.size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = source.get(c);
            }
            values[keyIndex] = values[keyIndex] + "/" + b + "/" + j;
            rows.add(new MappedRow(new ComponentRecord(source.schema(), b * batchSize + j + 1, values),
                    decisions[j & (SampleTable.ROWS - 1)], java.util.List.of()));
        }
        batch = rows;
    }

    @Benchmark
    public void write(RowsCounter counter) {
        table.write(batch, issues);
        counter.rows += batch.size();
    }

    @TearDown(Level.Iteration)
    public void closeDatabase() {
        writer.close();
        WorkFolder.deleteTree(database);
    }

    @TearDown(Level.Trial)
    public void deleteWorkFolder() {
        work.close();
    }
}
