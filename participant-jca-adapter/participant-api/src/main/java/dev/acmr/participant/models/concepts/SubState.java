package dev.acmr.participant.models.concepts;

/** The sub-operation an instance or element is in (precheck, prepare, review), as ONAP's. */
public enum SubState {
    NONE, MIGRATION_PRECHECKING, PREPARING, REVIEWING
}
