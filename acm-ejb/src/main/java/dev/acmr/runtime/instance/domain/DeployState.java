package dev.acmr.runtime.instance.domain;

/** Deployment state of an instance and of each of its elements, as ONAP's DeployState (constants in ONAP's order). */
public enum DeployState {
    DEPLOYED,
    DEPLOYING,
    UNDEPLOYED,
    UNDEPLOYING,
    DELETING,
    DELETED,
    UPDATING,
    MIGRATING,
    MIGRATION_REVERTING,
    UPDATE_REVERTING;

    /** Whether an order is running (it may have FAILED or TIMED OUT, and then waits for the user). */
    public boolean isTransitional() {
        return this != DEPLOYED && this != UNDEPLOYED && this != DELETED;
    }
}
