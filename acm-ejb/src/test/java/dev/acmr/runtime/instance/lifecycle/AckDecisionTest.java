package dev.acmr.runtime.instance.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.runtime.instance.domain.Direction;
import dev.acmr.runtime.instance.lifecycle.AckDecision.Facts;
import dev.acmr.runtime.instance.lifecycle.AckDecision.Outcome;
import org.junit.jupiter.api.Test;

class AckDecisionTest {

    @Test
    void aFailureStopsTheOrderWhateverElseItSays() {
        assertEquals(Outcome.FAIL, AckDecision.decide(new Facts(false, 1, true, Direction.ASCENDING, 0, false, false,
                false, true)));
    }

    @Test
    void aStageReportMovesAnUnfinishedElementOfAStagedOrderOn() {
        assertEquals(Outcome.STAGE_REACHED, decideStage(1, true, Direction.ASCENDING, 0, false));
        assertEquals(Outcome.STAGE_REACHED, decideStage(1, true, Direction.DESCENDING, 2, false));
    }

    @Test
    void aRepeatedOrLateStageReportChangesNothing() {
        assertEquals(Outcome.IGNORE_STAGE, decideStage(1, true, Direction.ASCENDING, 1, false), "repeated");
        assertEquals(Outcome.IGNORE_STAGE, decideStage(1, true, Direction.ASCENDING, 2, false), "late");
        assertEquals(Outcome.IGNORE_STAGE, decideStage(1, true, Direction.ASCENDING, 0, true),
                "the element finished");
        assertEquals(Outcome.IGNORE_STAGE, decideStage(1, false, null, null, false), "the order is not staged");
    }

    @Test
    void aDeletionRemovesOnlyAnElementTheMigrationTakesAway() {
        assertEquals(Outcome.DELETED_IN_MIGRATION, AckDecision.decide(new Facts(true, null, true,
                Direction.ASCENDING, 0, false, true, true, false)));
        assertEquals(Outcome.IGNORE_NOT_TARGET, AckDecision.decide(new Facts(true, null, true,
                Direction.ASCENDING, 0, false, false, true, false)), "DELETED of a DEFAULT element while MIGRATING");
        assertEquals(Outcome.IGNORE_NOT_TARGET, AckDecision.decide(new Facts(true, null, true,
                Direction.ASCENDING, 0, false, true, false, true)), "an element being removed only finishes deleted");
    }

    @Test
    void aFinalSuccessNamingTheTargetFinishesTheElementOnce() {
        assertEquals(Outcome.FINISH, AckDecision.decide(new Facts(true, null, true, Direction.ASCENDING, 2, false,
                false, false, true)));
        assertEquals(Outcome.IGNORE_DUPLICATE, AckDecision.decide(new Facts(true, null, true, Direction.ASCENDING, 2,
                true, false, false, true)));
        assertEquals(Outcome.IGNORE_NOT_TARGET, AckDecision.decide(new Facts(true, null, false, null, null, false,
                false, false, false)));
    }

    private static Outcome decideStage(int reported, boolean staged, Direction direction, Integer current,
            boolean finished) {
        return AckDecision.decide(new Facts(true, reported, staged, direction, current, finished, false, false,
                false));
    }
}
