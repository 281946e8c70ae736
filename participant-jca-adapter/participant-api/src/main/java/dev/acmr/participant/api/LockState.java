package dev.acmr.participant.api;

/** An instance element's lock state, as ONAP's. */
public enum LockState {
    LOCKED, LOCKING, UNLOCKED, UNLOCKING, NONE
}
