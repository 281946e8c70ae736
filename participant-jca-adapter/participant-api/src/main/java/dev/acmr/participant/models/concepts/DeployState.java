package dev.acmr.participant.models.concepts;

/** An instance's or element's deploy state, as ONAP's. */
public enum DeployState {
    DEPLOYED, DEPLOYING, UNDEPLOYED, UNDEPLOYING, DELETING, DELETED, UPDATING, MIGRATING, MIGRATION_REVERTING,
    UPDATE_REVERTING
}
