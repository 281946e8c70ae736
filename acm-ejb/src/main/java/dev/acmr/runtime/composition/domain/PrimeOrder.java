package dev.acmr.runtime.composition.domain;

/** The order of {@code PUT /compositions/{id}}: ONAP's PrimeOrder. */
public enum PrimeOrder {
    PRIME,
    DEPRIME;

    /** The state the order moves the composition and its elements to while it runs. */
    public AcTypeState transitionalState() {
        return this == PRIME ? AcTypeState.PRIMING : AcTypeState.DEPRIMING;
    }

    /** The state the order ends in when every participant succeeded. */
    public AcTypeState targetState() {
        return this == PRIME ? AcTypeState.PRIMED : AcTypeState.COMMISSIONED;
    }

    /** The order a transitional state belongs to. */
    public static PrimeOrder runningIn(AcTypeState state) {
        return switch (state) {
            case PRIMING -> PRIME;
            case DEPRIMING -> DEPRIME;
            default -> throw new IllegalArgumentException(state + " is not a transitional state");
        };
    }
}
