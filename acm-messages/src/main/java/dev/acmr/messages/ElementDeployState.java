package dev.acmr.messages;

/** An instance element's deploy state on the wire, as ONAP's DeployState. */
public enum ElementDeployState {
    DEPLOYED,
    DEPLOYING,
    UNDEPLOYED,
    UNDEPLOYING,
    DELETING,
    DELETED,
    UPDATING,
    MIGRATING,
    MIGRATION_REVERTING,
    UPDATE_REVERTING
}
