package io.github.altium2kicad.jmh;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.core.mapping.ChainDecision;
import io.github.altium2kicad.core.mapping.MappingChain;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
 * The Caffeine memo alone, built as {@link MappingChain} builds it, on hits: {@code get} with a loader (the call
 * {@code decide} makes), {@code getIfPresent}, and {@code MappingInput.hashCode()} (records do not cache their hash,
 * so every lookup hashes the whole input).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class MemoCacheBenchmark {

    private MappingInput[] inputs;
    private Cache<MappingInput, ChainDecision> memo;
    private Function<MappingInput, ChainDecision> loader;
    private int next;

    @Setup
    public void setUp(SampleTable sample) {
        inputs = sample.inputs();
        MappingChain rules = sample.chain(false);
        loader = rules::decide;
        memo = Caffeine.newBuilder().maximumSize(MappingChain.DEFAULT_MEMO_SIZE).recordStats().build();
        for (MappingInput input : inputs) {
            memo.get(input, loader);
        }
    }

    @Benchmark
    public ChainDecision getHit() {
        return memo.get(inputs[next++ & (SampleTable.ROWS - 1)], loader);
    }

    @Benchmark
    public ChainDecision getIfPresentHit() {
        return memo.getIfPresent(inputs[next++ & (SampleTable.ROWS - 1)]);
    }

    @Benchmark
    public int inputHashCode() {
        return inputs[next++ & (SampleTable.ROWS - 1)].hashCode();
    }
}
