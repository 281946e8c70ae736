package dev.acmr.participant.api;

/** A composition definition's state, as ONAP's. */
public enum AcTypeState {
    COMMISSIONED, PRIMING, PRIMED, DEPRIMING
}
