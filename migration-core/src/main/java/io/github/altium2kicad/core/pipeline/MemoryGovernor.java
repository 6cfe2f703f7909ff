package io.github.altium2kicad.core.pipeline;

import io.github.altium2kicad.api.ByteSize;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a migration within {@code max_memory_usage}: above {@value #SHRINK_RATIO} of the budget batches get
 * smaller; above {@value #PAUSE_RATIO} readers pause until the batches in flight are written; if the heap is still
 * over budget with nothing in flight, the JVM is asked to collect garbage (at most once a second).
 */
public final class MemoryGovernor {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryGovernor.class);
    static final double SHRINK_RATIO = 0.75;
    static final double PAUSE_RATIO = 0.9;
    private static final int MIN_BATCH = 50;

    private final long budget;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private long lastCollection;
    private long pauses;

    /** @param budget the heap budget ({@code max_memory_usage}); capped at the JVM's maximum heap */
    public MemoryGovernor(ByteSize budget) {
        long max = Runtime.getRuntime().maxMemory();
        this.budget = max == Long.MAX_VALUE ? budget.bytes() : Math.min(budget.bytes(), max);
    }

    /** The batch size to read now: {@code configured}, or smaller while the heap is filling up. */
    public int batchSize(int configured) {
        double used = used();
        if (used < SHRINK_RATIO) {
            return configured;
        }
        int shrunk = (int) Math.max(MIN_BATCH, configured * Math.max(0.1, (1 - used) / (1 - SHRINK_RATIO)));
        return Math.min(configured, shrunk);
    }

    /** True if readers should wait for the batches in flight to be written. */
    public boolean overBudget() {
        return used() >= PAUSE_RATIO;
    }

    /** Called when over budget with nothing in flight: asks for a collection, at most once a second. Thread-safe. */
    public synchronized void relieve() {
        long now = System.nanoTime();
        if (now - lastCollection > 1_000_000_000L) {
            lastCollection = now;
            pauses++;
            LOG.debug("Heap at {}% of the {} MB budget: asking the JVM to collect garbage", Math.round(used() * 100),
                    budget / 1048576);
            System.gc();
        }
    }

    /** How often the governor had to ask for a collection. */
    public long pauses() {
        return pauses;
    }

    private double used() {
        return (double) memory.getHeapMemoryUsage().getUsed() / budget;
    }
}
