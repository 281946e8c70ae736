package dev.acmr.runtime.composition.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every state and result against both orders: the whole table, not samples of it. */
class PrimeOrderPolicyTest {

    private static final Set<String> ALLOWED = Set.of(
            "COMMISSIONED/NO_ERROR", "PRIMED/NO_ERROR",
            "PRIMING/FAILED", "PRIMING/TIMEOUT", "DEPRIMING/FAILED", "DEPRIMING/TIMEOUT");

    @Test
    void theWholeTableMatchesOnaps() {
        for (PrimeOrder order : PrimeOrder.values()) {
            for (AcTypeState state : AcTypeState.values()) {
                for (StateChangeResult result : StateChangeResult.values()) {
                    boolean expected = ALLOWED.contains(state + "/" + result);
                    assertEquals(expected, PrimeOrderPolicy.refusal(order, state, result).isEmpty(),
                            order + " from " + state + "/" + result);
                }
            }
        }
    }

    @Test
    void aRefusalNamesTheOrderAndTheState() {
        String refusal = PrimeOrderPolicy.refusal(PrimeOrder.DEPRIME, AcTypeState.PRIMING, StateChangeResult.NO_ERROR)
                .orElseThrow();
        assertTrue(refusal.startsWith("Not valid DEPRIME"), refusal);
        assertTrue(refusal.contains("PRIMING"), refusal);
    }

    @Test
    void ordersKnowTheirStates() {
        assertEquals(AcTypeState.PRIMING, PrimeOrder.PRIME.transitionalState());
        assertEquals(AcTypeState.PRIMED, PrimeOrder.PRIME.targetState());
        assertEquals(AcTypeState.DEPRIMING, PrimeOrder.DEPRIME.transitionalState());
        assertEquals(AcTypeState.COMMISSIONED, PrimeOrder.DEPRIME.targetState());
        for (AcTypeState state : EnumSet.of(AcTypeState.PRIMING, AcTypeState.DEPRIMING)) {
            assertEquals(state, PrimeOrder.runningIn(state).transitionalState());
        }
    }
}
