package dev.acmr.simulator.element;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import dev.acmr.simulator.config.SimConfig;
import dev.acmr.simulator.config.SimConfigHolder;
import dev.acmr.simulator.element.RecordingIntermediary.Call;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Prime and deprime as ONAP's simulator: the delay, then the outcome with InternalState in every element. */
class CompositionSimulatorTest {

    private static final ToscaConceptIdentifier ELEMENT = new ToscaConceptIdentifier("sim", "1.0.0");

    private final RecordingIntermediary intermediary = new RecordingIntermediary();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final SimConfigHolder config = new SimConfigHolder();
    private final CompositionSimulator simulator = new CompositionSimulator(new SimulatedReports(scheduler, config,
            new ExecutionLog(), intermediary.api));
    private final UUID id = UUID.randomUUID();
    private final CompositionDto composition = new CompositionDto(id, Map.of(ELEMENT, Map.of("url", "x")),
            Map.of(ELEMENT, Map.of("kept", 1)));

    @AfterEach
    void shutdown() {
        scheduler.shutdownNow();
    }

    private void set(Consumer<SimConfig> change) {
        SimConfig changed = config.get();
        change.accept(changed);
        config.set(changed);
    }

    private Call reported(AcTypeState state, StateChangeResult result, String message) {
        return new Call("updateCompositionState", List.of(id, state, result, message,
                Map.of(ELEMENT, Map.of("kept", 1, "InternalState", state.name()))));
    }

    @Test
    void primeReportsPrimedWithInternalStateAfterThePrimeTimer() {
        set(c -> c.setPrimeTimerMs(250));
        simulator.prime(composition);
        assertEquals(List.of(250L), scheduler.delaysMs);
        assertTrue(intermediary.calls.isEmpty(), "nothing before the delay");
        scheduler.runAll();
        assertEquals(List.of(reported(AcTypeState.PRIMED, StateChangeResult.NO_ERROR, "Primed")),
                intermediary.calls);
    }

    @Test
    void failingPrimeReportsCommissionedFailed() {
        set(c -> c.setPrimeSuccess(false));
        simulator.prime(composition);
        assertEquals(List.of(100L), scheduler.delaysMs, "ONAP's default prime timer");
        scheduler.runAll();
        assertEquals(List.of(reported(AcTypeState.COMMISSIONED, StateChangeResult.FAILED, "Prime failed!")),
                intermediary.calls);
    }

    @Test
    void deprimeReportsCommissionedOrPrimedFailedAfterTheDeprimeTimer() {
        set(c -> c.setDeprimeTimerMs(40));
        simulator.deprime(composition);
        scheduler.runAll();
        set(c -> c.setDeprimeSuccess(false));
        simulator.deprime(composition);
        scheduler.runAll();
        assertEquals(List.of(40L, 40L), scheduler.delaysMs);
        assertEquals(List.of(reported(AcTypeState.COMMISSIONED, StateChangeResult.NO_ERROR, "Deprimed"),
                reported(AcTypeState.PRIMED, StateChangeResult.FAILED, "Deprime failed!")), intermediary.calls);
    }

    @Test
    void theSuccessFlagIsReadWhenTheDelayEndsAsOnap() {
        simulator.prime(composition);
        set(c -> c.setPrimeSuccess(false));
        scheduler.runAll();
        assertEquals(StateChangeResult.FAILED, intermediary.calls.get(0).arg(2));
    }

    @Test
    void manyCompositionsAreScheduledAtOnceWithoutWaiting() throws InterruptedException {
        ScheduledExecutorService real = new ScheduledThreadPoolExecutor(1);
        try {
            set(c -> c.setPrimeTimerMs(300));
            CompositionSimulator timed = new CompositionSimulator(new SimulatedReports(real, config,
                    new ExecutionLog(), intermediary.api));
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                timed.prime(new CompositionDto(UUID.randomUUID(), Map.of(), Map.of()));
            }
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 300, "prime returned at once");
            assertTrue(intermediary.firstCall.await(5, TimeUnit.SECONDS));
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= 300, "not before the timer");
        } finally {
            real.shutdownNow();
        }
    }
}
