package dev.acmr.messages;

/**
 * What an {@link InstanceOrder} asks of the participant for each element it lists. MIGRATE, MIGRATE_PRECHECK and
 * MIGRATION_REVERT carry their elements as {@link ElementChange}s (before and after); the others as elements.
 */
public enum InstanceOperation {
    DEPLOY,
    UNDEPLOY,
    LOCK,
    UNLOCK,
    DELETE,
    UPDATE,
    MIGRATE,
    MIGRATE_PRECHECK,
    PREPARE,
    REVIEW,
    MIGRATION_REVERT,
    UPDATE_REVERT
}
