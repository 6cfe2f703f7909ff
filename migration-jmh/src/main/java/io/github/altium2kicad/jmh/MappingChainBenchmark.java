package io.github.altium2kicad.jmh;

import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.core.mapping.ChainDecision;
import io.github.altium2kicad.core.mapping.MappingChain;
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

/**
 * {@link MappingChain#decide} on real rows: a memo hit (the common case: libraries repeat footprints), a memo miss
 * (a never-seen input: the rules run and the memo stores, and once full evicts), and the chain without memo.
 * {@code newUniqueInput} is the cost of making the miss benchmark's unique input, to subtract from the miss.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class MappingChainBenchmark {

    private MappingInput[] inputs;
    private MappingChain warmMemo;
    private MappingChain missMemo;
    private MappingChain noMemo;
    private int next;
    private long unique;

    @Setup
    public void setUp(SampleTable sample) {
        inputs = sample.inputs();
        warmMemo = sample.chain(true);
        for (MappingInput input : inputs) {
            warmMemo.decide(input);
        }
        missMemo = sample.chain(true);
        noMemo = sample.chain(false);
    }

    @Benchmark
    public ChainDecision decideMemoHit() {
        return warmMemo.decide(inputs[next++ & (SampleTable.ROWS - 1)]);
    }

    @Benchmark
    public ChainDecision decideMemoMiss() {
        return missMemo.decide(newUniqueInput());
    }

    @Benchmark
    public ChainDecision decideWithoutMemo() {
        return noMemo.decide(inputs[next++ & (SampleTable.ROWS - 1)]);
    }

    @Benchmark
    public MappingInput newUniqueInput() {
        MappingInput base = inputs[next++ & (SampleTable.ROWS - 1)];
        return new MappingInput(base.table(), base.libraryRef() + '#' + unique++, base.libraryPath(), base.footprints(),
                base.attributes());
    }
}
