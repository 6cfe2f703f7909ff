package io.github.altium2kicad.core;

import io.github.altium2kicad.api.PerformanceSummary;
import io.github.altium2kicad.api.PhaseTiming;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the phases {@link PerformanceMonitor} times nest: each phase's enclosing phase, so that reports can indent them
 * and readers do not add up phases that overlap. docs/phases.md says what each phase measures.
 */
public final class PhaseNesting {

    /** Phase name of the reading that runs alongside {@code component_mapping}. */
    public static final String EXTRACT = MigrationPhase.EXTRACT.phaseName();
    /** Phase name of the mapping workers' busy time (summed over worker threads, inside {@code component_mapping}). */
    public static final String COMPONENT_MAPPING_WORKERS = MigrationPhase.COMPONENT_MAPPING_WORKERS.phaseName();

    private PhaseNesting() {
    }

    /** The phase that encloses {@code phase}: none for {@code full_migration}, else {@code full_migration} unless listed. */
    public static Optional<String> parent(String phase) {
        if (phase.equals(PerformanceSummary.FULL_MIGRATION)) {
            return Optional.empty();
        }
        return Optional.of(MigrationPhase.named(phase).flatMap(MigrationPhase::parent).orElse(MigrationPhase.FULL_MIGRATION)
                .phaseName());
    }

    /** How deep {@code phase} sits: 0 for {@code full_migration}, 1 for its direct parts, 2 inside those. */
    public static int depth(String phase) {
        int depth = 0;
        for (Optional<String> p = parent(phase); p.isPresent(); p = parent(p.get())) {
            depth++;
        }
        return depth;
    }

    /** {@code phases} with each phase followed by the phases inside it, otherwise in their order (first start first). */
    public static List<PhaseTiming> inTreeOrder(List<PhaseTiming> phases) {
        List<PhaseTiming> ordered = new ArrayList<>(phases.size());
        for (PhaseTiming t : phases) {
            if (parent(t.name()).filter(p -> phases.stream().anyMatch(o -> o.name().equals(p))).isEmpty()) {
                addWithChildren(t, phases, ordered);
            }
        }
        return ordered;
    }

    private static void addWithChildren(PhaseTiming phase, List<PhaseTiming> phases, List<PhaseTiming> ordered) {
        ordered.add(phase);
        for (PhaseTiming t : phases) {
            if (parent(t.name()).filter(phase.name()::equals).isPresent()) {
                addWithChildren(t, phases, ordered);
            }
        }
    }
}
