package io.github.altium2kicad.jmh;

import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.core.mapping.MappingInputFactory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** {@link MappingInputFactory#inputOf}: building the memo key of one row, done once per part. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class MappingInputBenchmark {

    private MappingInputFactory factory;
    private ComponentRecord[] rows;
    private int next;

    @Setup
    public void setUp(SampleTable sample) {
        factory = sample.inputFactory(sample.chain(true));
        rows = sample.rows;
    }

    @Benchmark
    public MappingInput inputOf() {
        return factory.inputOf(rows[next++ & (SampleTable.ROWS - 1)]);
    }
}
