package dev.acmr.messages;

/** What an {@link InstanceOrder} asks of the participant for each element it lists. */
public enum InstanceOperation {
    DEPLOY,
    UNDEPLOY,
    LOCK,
    UNLOCK,
    DELETE,
    UPDATE
}
