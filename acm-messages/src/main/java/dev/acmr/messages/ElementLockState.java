package dev.acmr.messages;

/** An instance element's lock state on the wire, as ONAP's LockState. */
public enum ElementLockState {
    LOCKED,
    LOCKING,
    UNLOCKED,
    UNLOCKING,
    NONE
}
