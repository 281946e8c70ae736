package dev.acmr.runtime.instance.domain;

/**
 * Every order a user can give an instance, whichever REST call carries it: ONAP's DeployOrder, LockOrder and SubOrder
 * in one enum (their NONE values mean "no order" and have no place here), plus the rollback call. ONAP's
 * MIGRATION_REVERT and UPDATE_REVERT are one user order, ROLLBACK, whose effect depends on what failed.
 */
public enum InstanceOrder {
    /** {@code deployOrder: DEPLOY}. */
    DEPLOY,
    /** {@code deployOrder: UNDEPLOY}. */
    UNDEPLOY,
    /** {@code DELETE} of the instance: asynchronous, the participants are told first. */
    DELETE,
    /** {@code POST} of an existing instance without a target composition. */
    UPDATE,
    /** {@code POST} of an existing instance with {@code compositionTargetId}. */
    MIGRATE,
    /** As MIGRATE with {@code precheck: true}: participants only check that they could migrate. */
    MIGRATE_PRECHECK,
    /** {@code subOrder: PREPARE}. */
    PREPARE,
    /** {@code subOrder: REVIEW}. */
    REVIEW,
    /** {@code lockOrder: LOCK}. */
    LOCK,
    /** {@code lockOrder: UNLOCK}. */
    UNLOCK,
    /** {@code POST .../rollback}: back to the snapshot taken before a failed migration or update. */
    ROLLBACK;

    /**
     * Whether the order is a sub operation (PREPARE, REVIEW, MIGRATE_PRECHECK): it leaves the deploy and lock states
     * alone, and an element has finished it when its sub state is back to NONE.
     */
    public boolean isSubOrder() {
        return this == PREPARE || this == REVIEW || this == MIGRATE_PRECHECK;
    }

    /** Whether the order moves the lock state (LOCK, UNLOCK) rather than the deploy state. */
    public boolean isLockOrder() {
        return this == LOCK || this == UNLOCK;
    }
}
