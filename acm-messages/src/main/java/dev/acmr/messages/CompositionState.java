package dev.acmr.messages;

/** A composition definition's state on the wire, as ONAP's AcTypeState. */
public enum CompositionState {
    COMMISSIONED,
    PRIMING,
    PRIMED,
    DEPRIMING
}
