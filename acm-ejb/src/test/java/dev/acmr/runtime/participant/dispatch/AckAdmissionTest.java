package dev.acmr.runtime.participant.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.runtime.participant.dispatch.AckAdmission.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Answers are admitted for the dispatch that still holds the work, never for one it was taken from. */
class AckAdmissionTest {

    private static final UUID PAUSED = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID TAKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-0000000000d2");

    private static PartDispatch open(UUID id, UUID replica) {
        return new PartDispatch(Optional.of(id), replica, true, Optional.empty());
    }

    private static PartDispatch settled(UUID id, UUID replica, DispatchOutcome outcome) {
        return new PartDispatch(Optional.of(id), replica, false, Optional.of(outcome.name()));
    }

    @Test
    void aLateFailureOfAPartMovedAwayAndFinishedElsewhereIsIgnoredWhileTheOrderStillRuns() {
        // The prime of a composition over two participants: this participant's part moved from the paused replica
        // to another, which primed; the other participant is still slow, so the order runs and nothing is open here.
        List<PartDispatch> part = List.of(settled(FIRST, PAUSED, DispatchOutcome.REDISPATCHED),
                settled(SECOND, TAKER, DispatchOutcome.ACKED));
        assertEquals(Verdict.DISPATCH_CLOSED, AckAdmission.judge(PAUSED, FIRST, part));
    }

    @Test
    void aLateFailureOfAnEarlierPhaseIsIgnored() {
        // Phase 0 moved to the taker and finished; phase 1 runs on the taker.
        UUID phaseOne = UUID.fromString("00000000-0000-0000-0000-0000000000d3");
        List<PartDispatch> part = List.of(settled(FIRST, PAUSED, DispatchOutcome.REDISPATCHED),
                settled(SECOND, TAKER, DispatchOutcome.DONE), open(phaseOne, TAKER));
        assertEquals(Verdict.DISPATCH_CLOSED, AckAdmission.judge(PAUSED, FIRST, part));
        assertEquals(Verdict.ADMITTED, AckAdmission.judge(TAKER, phaseOne, part));
    }

    @Test
    void theReplicaHoldingTheOpenDispatchIsAdmitted() {
        List<PartDispatch> part = List.of(settled(FIRST, PAUSED, DispatchOutcome.REDISPATCHED), open(SECOND, TAKER));
        assertEquals(Verdict.ADMITTED, AckAdmission.judge(TAKER, SECOND, part));
        assertEquals(Verdict.DISPATCH_CLOSED, AckAdmission.judge(PAUSED, FIRST, part));
        assertEquals(Verdict.OTHER_REPLICA, AckAdmission.judge(PAUSED, SECOND, part));
    }

    @Test
    void anAnswerToADispatchAnsweredAlreadyIsIgnored() {
        List<PartDispatch> part = List.of(settled(FIRST, TAKER, DispatchOutcome.ACKED));
        assertEquals(Verdict.DISPATCH_CLOSED, AckAdmission.judge(TAKER, FIRST, part));
    }

    @Test
    void aDispatchStoppedWithTheOrderStillAdmitsItsReplicasAnswers() {
        // A late success after a timeout still completes the order; the other elements of a failed part still report.
        assertEquals(Verdict.ADMITTED, AckAdmission.judge(TAKER, FIRST,
                List.of(settled(FIRST, TAKER, DispatchOutcome.TIMEOUT))));
        assertEquals(Verdict.ADMITTED, AckAdmission.judge(TAKER, FIRST,
                List.of(settled(FIRST, TAKER, DispatchOutcome.FAILED))));
    }

    @Test
    void aDispatchOfAnotherOrderIsUnknown() {
        // The part is read at the running order's revision: a dispatch of an earlier order is not in it.
        assertEquals(Verdict.UNKNOWN_DISPATCH, AckAdmission.judge(TAKER, FIRST, List.of(open(SECOND, TAKER))));
        assertEquals(Verdict.UNKNOWN_DISPATCH, AckAdmission.judge(TAKER, FIRST, List.of()));
    }

    @Test
    void anAnswerNamingNoDispatchIsAdmittedOnlyIfNoOtherReplicaWasGivenThePart() {
        assertEquals(Verdict.ADMITTED, AckAdmission.judge(TAKER, null, List.of()));
        assertEquals(Verdict.ADMITTED, AckAdmission.judge(TAKER, null, List.of(open(FIRST, TAKER))));
        assertEquals(Verdict.UNNAMED_AFTER_FAILOVER, AckAdmission.judge(PAUSED, null,
                List.of(settled(FIRST, PAUSED, DispatchOutcome.REDISPATCHED), settled(SECOND, TAKER,
                        DispatchOutcome.ACKED))));
        assertEquals(Verdict.UNNAMED_AFTER_FAILOVER, AckAdmission.judge(TAKER, null,
                List.of(settled(FIRST, PAUSED, DispatchOutcome.REDISPATCHED), open(SECOND, TAKER))),
                "after a failover even the taker must name its dispatch");
        assertEquals(Verdict.ADMITTED, AckAdmission.judge(TAKER, null, List.of(
                new PartDispatch(Optional.empty(), TAKER, true, Optional.empty()))), "recorded before ids existed");
    }
}
