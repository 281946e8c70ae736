package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.runtime.instance.domain.Direction;
import dev.acmr.runtime.instance.domain.StagePlan;

/**
 * What an element ack from the replica holding the work does to the running order, once the ack is known to be for
 * this order's revision and an element of that participant: a failure stops the order; a stage report moves the
 * element to its next stage (only while a staged order runs and the report is beyond the element's stage: a late or
 * repeated one changes nothing); a deletion of an element the migration or its revert takes away removes its row; a
 * success naming the order's target finishes the element, once.
 */
final class AckDecision {

    /** What the ack service does with the ack. */
    enum Outcome {
        FAIL,
        STAGE_REACHED,
        DELETED_IN_MIGRATION,
        FINISH,
        IGNORE_STAGE,
        IGNORE_NOT_TARGET,
        IGNORE_DUPLICATE
    }

    /**
     * The facts the decision reads.
     *
     * @param success the ack reports NO_ERROR
     * @param reportedStage the next stage the ack names; null for a final state
     * @param staged the running order runs stage by stage
     * @param direction the direction its stages run in (null when not staged)
     * @param currentStage the element's current stage (null when not staged)
     * @param finished the element already reached the order's target
     * @param leaving the running order takes the element away from its participant
     * @param reportsDeleted the ack's deploy state is DELETED
     * @param namesTarget the ack's state is the running order's target
     */
    record Facts(boolean success, Integer reportedStage, boolean staged, Direction direction, Integer currentStage,
            boolean finished, boolean leaving, boolean reportsDeleted, boolean namesTarget) {
    }

    private AckDecision() {
    }

    static Outcome decide(Facts facts) {
        if (!facts.success()) {
            return Outcome.FAIL;
        }
        if (facts.reportedStage() != null) {
            boolean movesOn = facts.staged() && !facts.finished() && facts.currentStage() != null
                    && StagePlan.movesOn(facts.currentStage(), facts.reportedStage(), facts.direction());
            return movesOn ? Outcome.STAGE_REACHED : Outcome.IGNORE_STAGE;
        }
        if (facts.leaving()) {
            return facts.reportsDeleted() ? Outcome.DELETED_IN_MIGRATION : Outcome.IGNORE_NOT_TARGET;
        }
        if (!facts.namesTarget()) {
            return Outcome.IGNORE_NOT_TARGET;
        }
        return facts.finished() ? Outcome.IGNORE_DUPLICATE : Outcome.FINISH;
    }
}
