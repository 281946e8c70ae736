package dev.acmr.runtime.instance.domain;

/**
 * Lock state of an instance and of each of its elements, as ONAP's LockState (constants in ONAP's order). Only a
 * deployed instance has one: NONE while it is not deployed.
 */
public enum LockState {
    LOCKED,
    LOCKING,
    UNLOCKED,
    UNLOCKING,
    NONE;

    /** Whether a LOCK or UNLOCK order is running (it may have FAILED or TIMED OUT). */
    public boolean isTransitional() {
        return this == LOCKING || this == UNLOCKING;
    }
}
