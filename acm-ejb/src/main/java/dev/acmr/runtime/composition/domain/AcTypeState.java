package dev.acmr.runtime.composition.domain;

/** State of a composition definition and of each of its elements, as ONAP's AcTypeState. */
public enum AcTypeState {
    COMMISSIONED,
    PRIMING,
    PRIMED,
    DEPRIMING;

    /** Whether an order is running (it may have FAILED or TIMED OUT, and then waits for the user). */
    public boolean isTransitional() {
        return this == PRIMING || this == DEPRIMING;
    }
}
