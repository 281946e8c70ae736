package dev.acmr.simulator.element;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Calls are recorded when they start and take their outcome when they end, in place. */
class ExecutionLogTest {

    private final ExecutionLog log = new ExecutionLog();
    private final UUID composition = UUID.randomUUID();

    @Test
    void aCallInProgressHasNoOutcomeUntilItEnds() {
        log.recordComposition("prime", composition);
        assertNull(log.executions().get(0).outcome());

        log.endedComposition(composition, "PRIMED");

        Execution ended = log.executions().get(0);
        assertEquals("PRIMED", ended.outcome());
        assertNotNull(ended.endedAt());
    }

    @Test
    void theLatestRunningCallOfThatCompositionTakesTheOutcomeAndKeepsItsPlace() {
        UUID other = UUID.randomUUID();
        log.recordComposition("prime", composition);
        log.endedComposition(composition, "PRIMED");
        log.recordComposition("deprime", composition);
        log.recordComposition("prime", other);

        log.endedComposition(composition, "FAILED");

        List<Execution> calls = log.executions();
        assertEquals(List.of("PRIMED", "FAILED"), calls.subList(0, 2).stream().map(Execution::outcome).toList());
        assertEquals("deprime", calls.get(1).operation());
        assertNull(calls.get(2).outcome(), "another composition's call is untouched");
    }
}
