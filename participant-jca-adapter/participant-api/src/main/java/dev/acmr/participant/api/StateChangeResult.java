package dev.acmr.participant.api;

/** The outcome of the last order, as ONAP's. */
public enum StateChangeResult {
    NO_ERROR, FAILED, TIMEOUT
}
