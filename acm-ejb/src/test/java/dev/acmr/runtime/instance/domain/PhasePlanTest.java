package dev.acmr.runtime.instance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhasePlanTest {

    private static final Map<String, Integer> THREE_PHASES = phases("a", 0, "b", 1, "c", 2);

    @Test
    void ascendingRunsTheLowestUnfinishedPhase() {
        assertEquals(OptionalInt.of(0), PhasePlan.nextPhase(THREE_PHASES, Set.of(), Direction.ASCENDING));
        assertEquals(OptionalInt.of(1), PhasePlan.nextPhase(THREE_PHASES, Set.of("a"), Direction.ASCENDING));
        assertEquals(OptionalInt.of(2), PhasePlan.nextPhase(THREE_PHASES, Set.of("a", "b"), Direction.ASCENDING));
    }

    @Test
    void descendingRunsTheHighestUnfinishedPhase() {
        assertEquals(OptionalInt.of(2), PhasePlan.nextPhase(THREE_PHASES, Set.of(), Direction.DESCENDING));
        assertEquals(OptionalInt.of(1), PhasePlan.nextPhase(THREE_PHASES, Set.of("c"), Direction.DESCENDING));
        assertEquals(OptionalInt.of(0), PhasePlan.nextPhase(THREE_PHASES, Set.of("c", "b"), Direction.DESCENDING));
    }

    @Test
    void gapsBetweenPhasesAreSkipped() {
        var phases = phases("a", 0, "b", 5, "c", 5, "d", 10);
        assertEquals(OptionalInt.of(5), PhasePlan.nextPhase(phases, Set.of("a"), Direction.ASCENDING));
        assertEquals(Set.of("b", "c"), PhasePlan.elementsIn(5, phases, Set.of("a")));
        assertEquals(OptionalInt.of(5), PhasePlan.nextPhase(phases, Set.of("a", "b"), Direction.ASCENDING),
                "a phase runs until all its elements finished");
        assertEquals(Set.of("c"), PhasePlan.elementsIn(5, phases, Set.of("a", "b")));
        assertEquals(OptionalInt.of(10), PhasePlan.nextPhase(phases, Set.of("a", "b", "c"), Direction.ASCENDING));
        assertEquals(OptionalInt.of(5), PhasePlan.nextPhase(phases, Set.of("d"), Direction.DESCENDING));
    }

    @Test
    void aSinglePhaseIsFirstEitherWay() {
        var phases = phases("a", 3, "b", 3);
        assertEquals(OptionalInt.of(3), PhasePlan.nextPhase(phases, Set.of(), Direction.ASCENDING));
        assertEquals(OptionalInt.of(3), PhasePlan.nextPhase(phases, Set.of(), Direction.DESCENDING));
        assertEquals(Set.of("a", "b"), PhasePlan.elementsIn(3, phases, Set.of()));
    }

    @Test
    void nothingRunsOnceAllAreDone() {
        assertEquals(OptionalInt.empty(),
                PhasePlan.nextPhase(THREE_PHASES, Set.of("a", "b", "c"), Direction.ASCENDING));
        assertEquals(OptionalInt.empty(), PhasePlan.nextPhase(Map.of(), Set.of(), Direction.DESCENDING));
        assertTrue(PhasePlan.elementsIn(1, THREE_PHASES, Set.of("b")).isEmpty());
    }

    @Test
    void finishedElementsOutsideThePlanAreIgnored() {
        assertEquals(OptionalInt.of(0), PhasePlan.nextPhase(THREE_PHASES, Set.of("z"), Direction.ASCENDING));
    }

    @Test
    void aPhaseIsSentOnceThenAwaited() {
        assertEquals(new PhaseStep.Send(0), PhasePlan.step(THREE_PHASES, Set.of(), Direction.ASCENDING, null));
        assertEquals(new PhaseStep.Await(0), PhasePlan.step(THREE_PHASES, Set.of(), Direction.ASCENDING, 0));
        assertEquals(new PhaseStep.Send(1), PhasePlan.step(THREE_PHASES, Set.of("a"), Direction.ASCENDING, 0));
        assertEquals(new PhaseStep.Complete(),
                PhasePlan.step(THREE_PHASES, Set.of("a", "b", "c"), Direction.ASCENDING, 2));
    }

    private static Map<String, Integer> phases(Object... idsAndPhases) {
        Map<String, Integer> phases = new LinkedHashMap<>();
        for (int i = 0; i < idsAndPhases.length; i += 2) {
            phases.put((String) idsAndPhases[i], (Integer) idsAndPhases[i + 1]);
        }
        return phases;
    }
}
