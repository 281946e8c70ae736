package dev.acmr.participant.api;

/** Whether an element exists on each side of a migration, as ONAP's. */
public enum ElementState {
    PRESENT, NOT_PRESENT, REMOVED, NEW
}
