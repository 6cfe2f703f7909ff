package io.github.altium2kicad.core;

import io.github.altium2kicad.api.CacheStatistics;
import io.github.altium2kicad.api.PerformanceSummary;
import io.github.altium2kicad.api.PhaseTiming;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches a migration: how long each phase took (wall time: the union of its timed stretches, so a phase that runs
 * once per table or on several threads at once is counted once; busy time: summed over threads), how many parts each phase handled, heap use (sampled every
 * {@value #SAMPLE_MILLIS} ms) and GC time. Thread-safe; phases may run on several threads at once.
 *
 * <pre>{@code
 * try (PerformanceMonitor.Phase p = monitor.start(MigrationPhase.WRITE)) {
 *     ...
 *     p.addItems(rows.size());
 * }
 * }</pre>
 */
public final class PerformanceMonitor implements AutoCloseable {

    /** Heap sampling interval. */
    public static final long SAMPLE_MILLIS = 10;

    private final Map<String, PhaseStats> phases = new LinkedHashMap<>();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ScheduledExecutorService sampler;
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong heapSum = new AtomicLong();
    private final AtomicLong heapSamples = new AtomicLong();
    private final long gcTimeAtStart;

    /** @param memoryMonitoring whether to sample heap use */
    public PerformanceMonitor(boolean memoryMonitoring) {
        this.gcTimeAtStart = gcTimeMillis();
        if (memoryMonitoring) {
            sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "altium2kicad-heap-sampler");
                t.setDaemon(true);
                return t;
            });
            sampleHeap();
            sampler.scheduleAtFixedRate(this::sampleHeap, SAMPLE_MILLIS, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            sampler = null;
        }
    }

    /** Starts timing one stretch of {@code phase} on the calling thread; close the result to stop it. */
    /** Starts timing {@code phase}; close the returned phase to stop. */
    public Phase start(MigrationPhase phase) {
        return start(phase.phaseName());
    }

    public Phase start(String phase) {
        PhaseStats stats;
        synchronized (phases) {
            stats = phases.computeIfAbsent(phase, n -> new PhaseStats());
        }
        return new Phase(stats, System.nanoTime());
    }

    /** Heap in use right now, in bytes. */
    public long currentHeapBytes() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Highest heap use sampled so far, in bytes (0 without memory monitoring). */
    public long peakHeapBytes() {
        return peakHeap.get();
    }

    private void sampleHeap() {
        long used = memory.getHeapMemoryUsage().getUsed();
        peakHeap.accumulateAndGet(used, Math::max);
        heapSum.addAndGet(used);
        heapSamples.incrementAndGet();
    }

    private static long gcTimeMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /**
     * The summary so far.
     *
     * @param components parts written
     * @param workers    mapping worker threads
     * @param cache      mapping cache statistics
     */
    public PerformanceSummary summary(long components, int workers, CacheStatistics cache) {
        if (sampler != null) {
            sampleHeap();
        }
        List<PhaseTiming> timings = new ArrayList<>();
        synchronized (phases) {
            phases.forEach((name, s) -> timings.add(s.timing(name)));
        }
        Duration full = timings.stream().filter(t -> t.name().equals(PerformanceSummary.FULL_MIGRATION))
                .map(PhaseTiming::wallTime).findFirst().orElse(Duration.ZERO);
        double rate = full.isZero() ? 0 : components / (full.toNanos() / 1e9);
        PhaseTiming mapping = timings.stream().filter(t -> t.name().equals(PerformanceSummary.COMPONENT_MAPPING))
                .findFirst().orElse(new PhaseTiming(PerformanceSummary.COMPONENT_MAPPING, Duration.ZERO, Duration.ZERO, 0));
        if (timings.stream().noneMatch(t -> t.name().equals(PerformanceSummary.COMPONENT_MAPPING))) {
            timings.add(mapping);
        }
        double utilisation = mapping.wallTime().isZero() || workers == 0 ? 0
                : Math.min(1.0, mapping.busyTime().toNanos() / ((double) workers * mapping.wallTime().toNanos()));
        long samples = heapSamples.get();
        return new PerformanceSummary(timings, components, rate, peakHeap.get(),
                samples == 0 ? 0 : heapSum.get() / samples, Duration.ofMillis(gcTimeMillis() - gcTimeAtStart),
                workers, utilisation, cache);
    }

    /** Stops heap sampling. */
    @Override
    public void close() {
        if (sampler != null) {
            sampler.shutdownNow();
        }
    }

    /** One timed stretch of a phase. */
    public static final class Phase implements AutoCloseable {
        private final PhaseStats stats;
        private final long started;
        private long items;
        private boolean closed;

        private Phase(PhaseStats stats, long started) {
            this.stats = stats;
            this.started = started;
        }

        /** Counts parts handled in this stretch. */
        public void addItems(long n) {
            items += n;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                stats.add(started, System.nanoTime(), items);
            }
        }
    }

    /** The intervals of one phase; wall time is the length of their union, so repeated and parallel stretches count once. */
    private static final class PhaseStats {
        private long[] starts = new long[16];
        private long[] ends = new long[16];
        private int count;
        private long busy;
        private long items;

        synchronized void add(long start, long end, long n) {
            if (count == starts.length) {
                compact();
            }
            starts[count] = start;
            ends[count] = end;
            count++;
            busy += end - start;
            items += n;
        }

        /** Merges overlapping and touching intervals, then grows the arrays if still full. */
        private void compact() {
            count = merge();
            if (count > starts.length / 2) {
                starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                ends = java.util.Arrays.copyOf(ends, ends.length * 2);
            }
        }

        /** Sorts and merges the intervals in place; returns how many remain. */
        private int merge() {
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Long.compare(starts[a], starts[b]));
            long[] s = new long[starts.length];
            long[] e = new long[ends.length];
            int n = 0;
            for (int idx : order) {
                if (n > 0 && starts[idx] <= e[n - 1]) {
                    e[n - 1] = Math.max(e[n - 1], ends[idx]);
                } else {
                    s[n] = starts[idx];
                    e[n] = ends[idx];
                    n++;
                }
            }
            starts = s;
            ends = e;
            return n;
        }

        synchronized PhaseTiming timing(String name) {
            count = merge();
            long wall = 0;
            for (int i = 0; i < count; i++) {
                wall += ends[i] - starts[i];
            }
            return new PhaseTiming(name, Duration.ofNanos(wall), Duration.ofNanos(busy), items);
        }
    }
}
