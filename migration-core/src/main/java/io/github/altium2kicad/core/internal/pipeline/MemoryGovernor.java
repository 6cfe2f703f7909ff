package io.github.altium2kicad.core.internal.pipeline;

import io.github.altium2kicad.api.ByteSize;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a migration within {@code max_memory_usage}: above {@value #SHRINK_RATIO} of the budget batches get
 * smaller; above {@value #PAUSE_RATIO} readers pause until the batches in flight are written; and when the heap in
 * use (live data and garbage not yet collected) passes {@value #PAUSE_RATIO} of the budget, the JVM is asked to
 * collect garbage. The JVM's own limit is usually far larger than the budget (a quarter of the RAM), so without
 * that its collector lets garbage pile up well past the budget. Collections are asked for by a watcher thread
 * ({@link #watching}) and by stalled readers ({@link #relieve}), at most every {@value #MIN_INTERVAL_MILLIS} ms, at least
 * {@value #TIME_SHARE} times the last collection's duration apart while live data fills more than {@value #LIVE_RATIO}
 * of the budget (a full collection stops every thread, and takes longer the more is live), less
 * often while collections do not bring the heap back under the budget (live data near the budget: asking again
 * would only cost time).
 */
public final class MemoryGovernor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryGovernor.class);
    static final double SHRINK_RATIO = 0.75;
    static final double PAUSE_RATIO = 0.9;
    private static final int MIN_BATCH = 50;
    static final long MIN_INTERVAL_MILLIS = 250;
    private static final long MAX_INTERVAL_MILLIS = 8_000;
    private static final long WATCH_MILLIS = 20;
    /**
     * While the heap after a collection is above {@link #LIVE_RATIO} of the budget, the time between asked-for
     * collections is at least this many times the last one's duration.
     */
    static final long TIME_SHARE = 10;
    static final double LIVE_RATIO = 0.5;

    private final long budget;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ScheduledExecutorService watcher;
    private final Runnable collect;
    private long lastCollection;
    private long intervalNanos = TimeUnit.MILLISECONDS.toNanos(MIN_INTERVAL_MILLIS);
    private long pauses;

    /** A governor without a watcher thread: collections are only asked for by {@link #relieve}. */
    public MemoryGovernor(ByteSize budget) {
        this(budget, false, System::gc);
    }

    /** A governor without a watcher thread whose collections run {@code collect} (for tests). */
    MemoryGovernor(ByteSize budget, Runnable collect) {
        this(budget, false, collect);
    }

    private MemoryGovernor(ByteSize budget, boolean watch, Runnable collect) {
        this.collect = collect;
        long max = Runtime.getRuntime().maxMemory();
        this.budget = max == Long.MAX_VALUE ? budget.bytes() : Math.min(budget.bytes(), max);
        if (watch) {
            watcher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "altium2kicad-memory-governor");
                t.setDaemon(true);
                return t;
            });
            watcher.scheduleWithFixedDelay(() -> {
                if (overBudget()) {
                    relieve();
                }
            }, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            watcher = null;
        }
    }

    /** A governor whose watcher thread checks the heap every {@value #WATCH_MILLIS} ms until {@link #close}. */
    public static MemoryGovernor watching(ByteSize budget) {
        return new MemoryGovernor(budget, true, System::gc);
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

    /** Asks for a collection, unless one was asked for too recently. Thread-safe. */
    public synchronized void relieve() {
        long now = System.nanoTime();
        if (now - lastCollection < intervalNanos) {
            return;
        }
        pauses++;
        collect.run();
        lastCollection = System.nanoTime();
        long took = lastCollection - now;
        double after = used();
        if (after >= SHRINK_RATIO) { // live data near the budget: collecting again soon would not help
            intervalNanos = Math.min(TimeUnit.MILLISECONDS.toNanos(MAX_INTERVAL_MILLIS), intervalNanos * 2);
            LOG.debug("Heap still at {}% of the {} MB budget after a collection", Math.round(after * 100), budget / 1048576);
        } else {
            intervalNanos = TimeUnit.MILLISECONDS.toNanos(MIN_INTERVAL_MILLIS);
        }
        if (after >= LIVE_RATIO) {
            // much live data makes a full collection long, and it stops the migration: at most about a tenth of the
            // time goes to them (with 200 MB live under 256 MB at 1,000,000 parts they took 200 ms each, every half
            // second, 25 s of a 130 s run); with little live data they are short and keep the heap within the budget
            intervalNanos = Math.max(intervalNanos, Math.min(TimeUnit.MILLISECONDS.toNanos(MAX_INTERVAL_MILLIS), took * TIME_SHARE));
        }
    }

    /** How often the governor asked for a collection. */
    public synchronized long pauses() {
        return pauses;
    }

    private double used() {
        return (double) memory.getHeapMemoryUsage().getUsed() / budget;
    }

    /** Stops the watcher thread, if any. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }
}
