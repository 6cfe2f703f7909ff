package io.github.altium2kicad.api;

import java.time.Duration;

/**
 * Time spent in one phase of a migration.
 *
 * @param name      the phase, e.g. {@code full_migration}, {@code component_mapping}, {@code write}
 * @param wallTime  elapsed time from the phase's first start to its last end
 * @param busyTime  time summed over all threads that worked in the phase (larger than wall time when parallel)
 * @param items     parts handled in the phase (0 where it does not apply)
 */
public record PhaseTiming(String name, Duration wallTime, Duration busyTime, long items) {

    /** Parts per second of wall time, or 0 where it does not apply. */
    public double itemsPerSecond() {
        double seconds = wallTime.toNanos() / 1e9;
        return items == 0 || seconds <= 0 ? 0 : items / seconds;
    }
}
