package dev.acmr.runtime.participant.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DispatchOutcomeTest {

    @Test
    void storesTheSameTextAsTheDispatchLogAlwaysShowed() {
        // The names are stored in operation_dispatch.outcome and shown by the dispatch log: renaming one is a change
        // of the stored data and of the API.
        assertEquals(List.of("DONE", "FAILED", "TIMEOUT", "STALE", "REDISPATCHED", "SUPERSEDED", "ACKED"),
                Arrays.stream(DispatchOutcome.values()).map(DispatchOutcome::name).toList());
    }

    @Test
    void everyNameFitsTheOutcomeColumn() {
        // operation_dispatch.outcome is varchar(16).
        Arrays.stream(DispatchOutcome.values()).forEach(outcome -> assertTrue(outcome.name().length() <= 16,
                outcome + " is longer than the column"));
    }
}
