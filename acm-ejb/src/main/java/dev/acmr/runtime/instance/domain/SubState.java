package dev.acmr.runtime.instance.domain;

/**
 * The sub-operation running on an instance, as ONAP's SubState (constants in ONAP's order): PREPARE, REVIEW and
 * MIGRATE_PRECHECK leave the deploy and lock states alone and show themselves here.
 */
public enum SubState {
    NONE,
    MIGRATION_PRECHECKING,
    PREPARING,
    REVIEWING;

    /** Whether a sub-operation is running (it may have FAILED or TIMED OUT). */
    public boolean isTransitional() {
        return this != NONE;
    }
}
