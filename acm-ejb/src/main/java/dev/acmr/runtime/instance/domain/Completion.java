package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.composition.domain.StateChangeResult;

/**
 * The settled status of an instance once every element has finished its running order, as ONAP's scanner completes
 * it. A FAILED order never completes: FAILED is sticky until the user gives a new order. A TIMED OUT one still
 * completes if the late acks arrive, and the timeout is then forgotten. Completing a migration also makes the target
 * composition the instance's own ({@link AutomationCompositionInstance#complete}); deleting the row of a DELETED
 * instance is the caller's.
 */
public final class Completion {

    private Completion() {
    }

    /** Whether an order is running and has not FAILED, so that finishing every element completes it. */
    public static boolean isPossible(InstanceStatus status) {
        return status.isTransitional() && status.stateChangeResult() != StateChangeResult.FAILED;
    }

    /**
     * The status once every element finished: settled deploy and lock states, no sub-operation, NO_ERROR.
     *
     * @throws IllegalStateException if no order is running or it FAILED
     */
    public static InstanceStatus of(InstanceStatus status) {
        if (!isPossible(status)) {
            throw new IllegalStateException("Nothing to complete: the instance is " + status.describe());
        }
        return new InstanceStatus(settled(status.deployState()), settledLock(status), SubState.NONE,
                StateChangeResult.NO_ERROR);
    }

    private static DeployState settled(DeployState deployState) {
        return switch (deployState) {
            case DEPLOYING, UPDATING, UPDATE_REVERTING, MIGRATING, MIGRATION_REVERTING -> DeployState.DEPLOYED;
            case UNDEPLOYING -> DeployState.UNDEPLOYED;
            case DELETING -> DeployState.DELETED;
            case DEPLOYED, UNDEPLOYED, DELETED -> deployState;
        };
    }

    // A new deployment starts LOCKED and an undeployed instance has no lock state, whatever the lock state said.
    private static LockState settledLock(InstanceStatus status) {
        if (status.deployState() == DeployState.DEPLOYING || status.lockState() == LockState.LOCKING) {
            return LockState.LOCKED;
        }
        if (status.deployState() == DeployState.UNDEPLOYING) {
            return LockState.NONE;
        }
        if (status.lockState() == LockState.UNLOCKING) {
            return LockState.UNLOCKED;
        }
        return status.lockState();
    }
}
