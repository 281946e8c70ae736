package dev.acmr.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConvergenceTrackerTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private final ConvergenceTracker tracker = new ConvergenceTracker();

    @Test
    void timesFromTheFirstLaggingSampleToTheFirstConvergedOne() {
        assertTrue(tracker.observe("p", 0, 0).isEmpty());
        assertTrue(tracker.observe("p", 2, SECOND).isEmpty());
        assertTrue(tracker.observe("p", 1, 2 * SECOND).isEmpty());
        assertEquals(Optional.of(Duration.ofSeconds(2)), tracker.observe("p", 0, 3 * SECOND));
        assertTrue(tracker.observe("p", 0, 4 * SECOND).isEmpty(), "converged already: nothing more to time");
    }

    @Test
    void participantsAreTimedApart() {
        tracker.observe("a", 1, 0);
        tracker.observe("b", 1, SECOND);
        assertEquals(Optional.of(Duration.ofSeconds(2)), tracker.observe("b", 0, 3 * SECOND));
        assertEquals(Optional.of(Duration.ofSeconds(4)), tracker.observe("a", 0, 4 * SECOND));
    }

    @Test
    void aParticipantThatLeftStartsAfreshWhenItReturns() {
        tracker.observe("p", 3, 0);
        tracker.retainOnly(Set.of());
        assertTrue(tracker.observe("p", 0, 10 * SECOND).isEmpty());
    }
}
