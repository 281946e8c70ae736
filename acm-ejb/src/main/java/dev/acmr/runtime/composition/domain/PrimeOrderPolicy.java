package dev.acmr.runtime.composition.domain;

import java.util.Optional;

/**
 * Which prime orders a composition accepts, exactly as ONAP's composition state table: PRIME or DEPRIME from
 * COMMISSIONED or PRIMED when the last order succeeded, or from PRIMING or DEPRIMING when it FAILED or TIMED OUT (a
 * retry, or a change of mind). Anything else is refused: one order at a time, no queueing.
 */
public final class PrimeOrderPolicy {

    private PrimeOrderPolicy() {
    }

    public static boolean allows(AcTypeState state, StateChangeResult result) {
        return switch (state) {
            case COMMISSIONED, PRIMED -> result == StateChangeResult.NO_ERROR;
            case PRIMING, DEPRIMING -> result == StateChangeResult.FAILED || result == StateChangeResult.TIMEOUT;
        };
    }

    /** Why the order is refused, in ONAP's words followed by the state; empty if it is allowed. */
    public static Optional<String> refusal(PrimeOrder order, AcTypeState state, StateChangeResult result) {
        if (allows(state, result)) {
            return Optional.empty();
        }
        return Optional.of("Not valid " + order + ": the composition is " + state + " with " + result);
    }
}
