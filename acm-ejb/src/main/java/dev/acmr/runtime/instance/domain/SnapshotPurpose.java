package dev.acmr.runtime.instance.domain;

/** Which change a {@link RollbackSnapshot} was taken for: what a rollback of it reverts. */
public enum SnapshotPurpose {
    UPDATE,
    MIGRATE,
    ROLLBACK
}
