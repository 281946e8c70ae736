package dev.acmr.bench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowSplitTest {

    @Test
    void theFirstSecondsAndTheRestOfTheWindow() {
        int[] perSecond = {5, 8, 10, 12, 12, 14, 15, 15, 16, 13, 20, 22, 21, 19, 18};
        WindowSplit split = WindowSplit.of(perSecond, 10);
        assertEquals(new WindowSplit(10, 120, 5, 100), split);
        assertEquals("12.0 /s (120 in 10 s)", split.first());
        assertEquals("20.0 /s (100 in 5 s)", split.rest());
    }

    @Test
    void aWindowShorterThanTheColdPartHasNoRest() {
        WindowSplit split = WindowSplit.of(new int[] {3, 4, 5}, 10);
        assertEquals(new WindowSplit(3, 12, 0, 0), split);
        assertEquals("n/a (no such seconds)", split.rest());
    }

    @Test
    void mergedRecordersKeepEverySample() {
        LatencyRecorder cold = new LatencyRecorder();
        LatencyRecorder warm = new LatencyRecorder();
        cold.record("POST", 3_000_000);
        cold.record("poll", 1_000_000);
        warm.record("POST", 1_000_000);
        warm.record("DELETE", 2_000_000);
        LatencyRecorder all = LatencyRecorder.merged(cold, warm);
        assertEquals(List.of("POST", "poll", "DELETE"), List.copyOf(all.summaries().keySet()));
        assertEquals(2, all.count("POST"));
        assertEquals(2.0, all.summary("POST").meanMs(), 1e-9);
        assertEquals(4, all.combined(type -> true).count());
        assertEquals(1, cold.count("POST"), "the parts are unchanged");
    }
}
