package dev.acmr.participant.models.concepts;

/** A composition definition's state, as ONAP's. */
public enum AcTypeState {
    COMMISSIONED, PRIMING, PRIMED, DEPRIMING
}
