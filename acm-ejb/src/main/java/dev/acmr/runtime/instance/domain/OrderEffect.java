package dev.acmr.runtime.instance.domain;

import static dev.acmr.runtime.instance.domain.Pacing.ASCENDING_STAGES;
import static dev.acmr.runtime.instance.domain.Pacing.ASCENDING_START_PHASES;
import static dev.acmr.runtime.instance.domain.Pacing.DESCENDING_STAGES;
import static dev.acmr.runtime.instance.domain.Pacing.DESCENDING_START_PHASES;
import static dev.acmr.runtime.instance.domain.Pacing.ONE_MESSAGE;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import java.util.Objects;

/**
 * What an order the policy accepted does to the instance: the transitional status it sets (which the order also
 * cascades to the elements it targets) with NO_ERROR, and how its messages are paced. Every order that changes the
 * deployment clears the sub state, abandoning a stopped PREPARE, REVIEW or MIGRATE_PRECHECK.
 *
 * @param next the status the instance takes when the order is accepted
 * @param pacing how the order's messages reach the participants
 */
public record OrderEffect(InstanceStatus next, Pacing pacing) {

    public OrderEffect {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(pacing, "pacing");
    }

    /**
     * The effect of an order {@link InstanceOrderPolicy} accepted in this status.
     *
     * @throws IllegalArgumentException for a ROLLBACK from a status that has nothing to revert
     */
    public static OrderEffect of(InstanceOrder order, InstanceStatus current) {
        return switch (order) {
            // A deployment has no lock state until it completes, LOCKED; an undeployment drops it.
            case DEPLOY -> running(DeployState.DEPLOYING, LockState.NONE, ASCENDING_START_PHASES);
            case UNDEPLOY -> running(DeployState.UNDEPLOYING, LockState.NONE, DESCENDING_START_PHASES);
            case DELETE -> running(DeployState.DELETING, LockState.NONE, DESCENDING_START_PHASES);
            case UPDATE -> update(current);
            case MIGRATE -> running(DeployState.MIGRATING, current.lockState(), ASCENDING_STAGES);
            case ROLLBACK -> rollback(current);
            case LOCK -> running(current.deployState(), LockState.LOCKING, DESCENDING_START_PHASES);
            case UNLOCK -> running(current.deployState(), LockState.UNLOCKING, ASCENDING_START_PHASES);
            case PREPARE -> subOperation(current, SubState.PREPARING, ASCENDING_STAGES);
            case REVIEW -> subOperation(current, SubState.REVIEWING, ONE_MESSAGE);
            case MIGRATE_PRECHECK -> subOperation(current, SubState.MIGRATION_PRECHECKING, ONE_MESSAGE);
        };
    }

    private static OrderEffect update(InstanceStatus current) {
        if (InstanceOrderPolicy.isPlainUpdate(current)) {
            return new OrderEffect(current, Pacing.NO_MESSAGE);
        }
        return running(DeployState.UPDATING, current.lockState(), ONE_MESSAGE);
    }

    // A migration reverts stage by stage from the last one; an update reverts in one properties message.
    private static OrderEffect rollback(InstanceStatus current) {
        DeployState reverting = InstanceOrderPolicy.revertingState(current).orElseThrow(
                () -> new IllegalArgumentException("Nothing to roll back: the instance is " + current.describe()));
        Pacing pacing = reverting == DeployState.MIGRATION_REVERTING ? DESCENDING_STAGES : ONE_MESSAGE;
        return running(reverting, current.lockState(), pacing);
    }

    private static OrderEffect running(DeployState deployState, LockState lockState, Pacing pacing) {
        return new OrderEffect(
                new InstanceStatus(deployState, lockState, SubState.NONE, StateChangeResult.NO_ERROR), pacing);
    }

    private static OrderEffect subOperation(InstanceStatus current, SubState subState, Pacing pacing) {
        return new OrderEffect(new InstanceStatus(current.deployState(), current.lockState(), subState,
                StateChangeResult.NO_ERROR), pacing);
    }
}
