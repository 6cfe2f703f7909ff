package io.github.altium2kicad.core.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.ByteSize;
import org.junit.jupiter.api.Test;

class MemoryGovernorTest {

    @Test
    void aWatchingGovernorAsksForCollectionsWhileTheHeapIsOverBudgetAndStopsWhenClosed() throws Exception {
        try (MemoryGovernor governor = MemoryGovernor.watching(ByteSize.parse("1MB"))) { // any JVM uses more
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (governor.pauses() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(governor.pauses()).isPositive();
            assertThat(governor.overBudget()).isTrue();
            assertThat(governor.batchSize(1000)).isLessThan(1000);
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("altium2kicad-memory-governor")) {
                t.join(2000);
                assertThat(t.isAlive()).as("watcher thread after close").isFalse();
            }
        }
    }

    @Test
    void collectionsAreNotAskedForMoreOftenThanTheMinimumInterval() {
        MemoryGovernor governor = new MemoryGovernor(ByteSize.parse("1MB"));
        governor.relieve();
        governor.relieve();
        governor.relieve();
        assertThat(governor.pauses()).isEqualTo(1);
    }

    @Test
    void aSlowCollectionWithMuchLiveDataSpacesTheNextOnesByTenTimesItsDuration() throws Exception {
        MemoryGovernor governor = new MemoryGovernor(ByteSize.parse("1MB"), () -> sleep(150)); // more is live than 1 MB
        governor.relieve();
        // the heap stays over budget, so the interval doubles to 2 x 250 ms; the 150 ms collection makes it 1.5 s
        Thread.sleep(2 * MemoryGovernor.MIN_INTERVAL_MILLIS + 200);
        governor.relieve();
        assertThat(governor.pauses()).isEqualTo(1);
        Thread.sleep(150 * MemoryGovernor.TIME_SHARE);
        governor.relieve();
        assertThat(governor.pauses()).isEqualTo(2);
    }

    @Test
    void withLittleLiveDataOnlyTheMinimumIntervalApplies() throws Exception {
        MemoryGovernor governor = new MemoryGovernor(ByteSize.parse("64GB"), () -> sleep(80)); // far less is live
        governor.relieve();
        Thread.sleep(MemoryGovernor.MIN_INTERVAL_MILLIS + 100);
        governor.relieve();
        assertThat(governor.pauses()).isEqualTo(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aGenerousBudgetLeavesBatchesAlone() {
        MemoryGovernor governor = new MemoryGovernor(ByteSize.parse("64GB"));
        assertThat(governor.overBudget()).isFalse();
        assertThat(governor.batchSize(1000)).isEqualTo(1000);
    }
}
