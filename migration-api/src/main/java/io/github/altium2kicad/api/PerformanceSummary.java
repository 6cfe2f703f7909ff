package io.github.altium2kicad.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where the time and memory of a migration went.
 *
 * @param phases              every phase that ran, {@code full_migration} and {@code component_mapping} always among them
 * @param components          parts written
 * @param componentsPerSecond parts written per second of {@code full_migration}
 * @param peakHeapBytes       highest heap use seen (0 if memory monitoring is off)
 * @param averageHeapBytes    average of the heap samples (0 if memory monitoring is off)
 * @param gcTime              time the JVM spent in garbage collection during the run
 * @param workers             mapping worker threads used
 * @param workerUtilisation   busy time of the mapping workers divided by (workers × mapping wall time), in [0, 1]
 * @param cache               mapping cache statistics
 */
public record PerformanceSummary(List<PhaseTiming> phases, long components, double componentsPerSecond,
                                 long peakHeapBytes, long averageHeapBytes, Duration gcTime, int workers,
                                 double workerUtilisation, CacheStatistics cache) {

    /** Phase name of the whole run. */
    public static final String FULL_MIGRATION = "full_migration";
    /** Phase name of mapping parts to KiCad symbols and footprints. */
    public static final String COMPONENT_MAPPING = "component_mapping";

    public PerformanceSummary {
        phases = List.copyOf(phases);
    }

    /** The timing of phase {@code name}, if it ran. */
    public Optional<PhaseTiming> phase(String name) {
        return phases.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
