package io.github.altium2kicad.core.mapping.standard;

import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints (does not assert) the average time of {@link StandardLibraryRule#map} per call over the distinct inputs of a
 * generated 20,000-part library, as the engine calls it: once per distinct input. The JIT is warmed on a library of
 * another seed first; "first pass" maps each input once (texts shared with the warm-up library may already be
 * memoized, as in one large library), "repeated" maps them again.
 */
class StandardLibraryRuleSpeedTest {

    @Test
    void printsMicrosecondsPerCall(@TempDir Path work) throws Exception {
        StandardLibraryRule rule = new StandardLibraryRule(KicadLibraryIndex.bundledStandard());
        List<MappingInput> warmUp = DecisionCorpus.generated(20_000, 7, work, rule.attributeColumns());
        List<MappingInput> measured = DecisionCorpus.generated(20_000, 42, work, rule.attributeColumns());
        for (int i = 0; i < 3; i++) {
            run(rule, warmUp);
        }
        double first = run(rule, measured);
        int passes = Integer.getInteger("rule.speed.passes", 3); // more for a profiler
        double repeated = 0;
        for (int i = 0; i < passes; i++) {
            repeated += run(rule, measured) / passes;
        }
        System.out.printf("StandardLibraryRule.map over %d distinct inputs: first pass %.1f µs/call, repeated %.1f "
                + "µs/call%n", measured.size(), first, repeated);
        assertThat(measured).isNotEmpty();
    }

    /** Maps every input once; the average µs per call. */
    private static double run(StandardLibraryRule rule, List<MappingInput> inputs) {
        long start = System.nanoTime();
        int decided = 0;
        for (MappingInput input : inputs) {
            if (rule.map(input, LabeledPartsTest.CONTEXT).isPresent()) {
                decided++;
            }
        }
        long elapsed = System.nanoTime() - start;
        assertThat(decided).isPositive();
        return elapsed / 1000.0 / inputs.size();
    }
}
