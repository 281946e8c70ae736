package dev.acmr.participant.models.concepts;

/** An instance's or element's lock state, as ONAP's. */
public enum LockState {
    LOCKED, LOCKING, UNLOCKED, UNLOCKING, NONE
}
