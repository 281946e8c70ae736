package dev.acmr.participant.models.concepts;

/** The outcome of the last order, as ONAP's. */
public enum StateChangeResult {
    NO_ERROR, FAILED, TIMEOUT
}
