package io.github.altium2kicad.jmh;

/**
 * One {@link EngineBenchmark} result: the settings it ran with and the parts migrated per second.
 *
 * @param mappingMode    {@code mapping_mode} config name
 * @param cache          {@code cold} or {@code warm}
 * @param parts          parts in the migrated library
 * @param batchSize      {@code batch_size}
 * @param workers        {@code max_workers}
 * @param partsPerSecond mean throughput
 * @param error          JMH's 99.9% confidence half-width of {@code partsPerSecond}; NaN with too few iterations
 */
public record EngineMeasurement(String mappingMode, String cache, long parts, int batchSize, int workers,
                                double partsPerSecond, double error) {

    /** True if this result's confidence interval reaches the other's: the two are not measurably different. */
    public boolean overlaps(EngineMeasurement other) {
        double mine = Double.isNaN(error) ? 0 : error;
        double theirs = Double.isNaN(other.error) ? 0 : other.error;
        return partsPerSecond + mine >= other.partsPerSecond - theirs && other.partsPerSecond + theirs >= partsPerSecond - mine;
    }
}
