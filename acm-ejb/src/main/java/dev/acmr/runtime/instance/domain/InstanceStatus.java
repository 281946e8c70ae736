package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import java.util.Objects;

/**
 * The four values that decide what an instance accepts and where it goes: deploy, lock and sub state, and how the
 * last order went.
 */
public record InstanceStatus(DeployState deployState, LockState lockState, SubState subState,
        StateChangeResult stateChangeResult) {

    public InstanceStatus {
        Objects.requireNonNull(deployState, "deployState");
        Objects.requireNonNull(lockState, "lockState");
        Objects.requireNonNull(subState, "subState");
        Objects.requireNonNull(stateChangeResult, "stateChangeResult");
    }

    /** A new instance: ONAP creates it UNDEPLOYED, with no lock state and no sub-operation. */
    public static InstanceStatus created() {
        return new InstanceStatus(DeployState.UNDEPLOYED, LockState.NONE, SubState.NONE, StateChangeResult.NO_ERROR);
    }

    /** Whether an order is running, in any of the three states; it may have FAILED or TIMED OUT. */
    public boolean isTransitional() {
        return deployState.isTransitional() || lockState.isTransitional() || subState.isTransitional();
    }

    /** Whether the running order stopped short and waits for the user: FAILED or TIMEOUT. */
    public boolean hasFailedOrTimedOut() {
        return stateChangeResult != StateChangeResult.NO_ERROR;
    }

    /**
     * Whether an order is running and still waiting for participants. The instance then refuses every order: one
     * operation at a time, no queueing.
     */
    public boolean isBusy() {
        return isTransitional() && !hasFailedOrTimedOut();
    }

    /** The status as refusals show it, e.g. {@code DEPLOYED/LOCKED with NO_ERROR}; the sub state only if any. */
    public String describe() {
        String sub = subState == SubState.NONE ? "" : "/" + subState;
        return deployState + "/" + lockState + sub + " with " + stateChangeResult;
    }
}
