package dev.acmr.simulator.element;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.participant.api.AcTypeState;
import dev.acmr.participant.api.CompositionDto;
import dev.acmr.participant.api.StateChangeResult;
import dev.acmr.simulator.config.SimConfig;
import dev.acmr.simulator.config.SimConfigHolder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Prime and deprime as ONAP's simulator: the configured delay, then the configured outcome, without blocking. */
class CompositionSimulatorTest {

    /** What the simulator reported through the intermediary. */
    record Report(UUID compositionId, AcTypeState state, StateChangeResult result, String message) {
    }

    /** The adapter's intermediary, faked: records reports. */
    static final class FakeIntermediary extends Intermediary {
        final List<Report> reports = new CopyOnWriteArrayList<>();
        final CountDownLatch reported = new CountDownLatch(1);

        @Override
        public void updateCompositionState(UUID compositionId, AcTypeState state, StateChangeResult result,
                String message) {
            reports.add(new Report(compositionId, state, result, message));
            reported.countDown();
        }
    }

    /** A scheduler that records what it is given and runs it only when told. */
    static final class ManualScheduler extends ScheduledThreadPoolExecutor {
        final List<Long> delaysMs = new CopyOnWriteArrayList<>();
        final List<Runnable> tasks = new CopyOnWriteArrayList<>();

        ManualScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
            delaysMs.add(unit.toMillis(delay));
            tasks.add(task);
            return null;
        }

        void runAll() {
            tasks.forEach(Runnable::run);
            tasks.clear();
        }
    }

    private final FakeIntermediary intermediary = new FakeIntermediary();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final SimConfigHolder config = new SimConfigHolder();
    private final CompositionSimulator simulator = new CompositionSimulator(scheduler, config, intermediary);
    private final UUID id = UUID.randomUUID();
    private final CompositionDto composition = new CompositionDto(id, Map.of(), Map.of());

    @AfterEach
    void shutdown() {
        scheduler.shutdownNow();
    }

    private void set(Consumer<SimConfig> change) {
        SimConfig changed = config.get();
        change.accept(changed);
        config.set(changed);
    }

    @Test
    void primeReportsPrimedAfterThePrimeTimer() {
        set(c -> c.setPrimeTimerMs(250));
        simulator.prime(composition);
        assertEquals(List.of(250L), scheduler.delaysMs);
        assertTrue(intermediary.reports.isEmpty(), "nothing before the delay");
        scheduler.runAll();
        assertEquals(List.of(new Report(id, AcTypeState.PRIMED, StateChangeResult.NO_ERROR, "Primed")),
                intermediary.reports);
    }

    @Test
    void failingPrimeReportsCommissionedFailed() {
        set(c -> c.setPrimeSuccess(false));
        simulator.prime(composition);
        assertEquals(List.of(100L), scheduler.delaysMs, "ONAP's default prime timer");
        scheduler.runAll();
        assertEquals(List.of(new Report(id, AcTypeState.COMMISSIONED, StateChangeResult.FAILED, "Prime failed!")),
                intermediary.reports);
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
        assertEquals(List.of(new Report(id, AcTypeState.COMMISSIONED, StateChangeResult.NO_ERROR, "Deprimed"),
                new Report(id, AcTypeState.PRIMED, StateChangeResult.FAILED, "Deprime failed!")),
                intermediary.reports);
    }

    @Test
    void theSuccessFlagIsReadWhenTheDelayEndsAsOnap() {
        simulator.prime(composition);
        set(c -> c.setPrimeSuccess(false));
        scheduler.runAll();
        assertEquals(StateChangeResult.FAILED, intermediary.reports.get(0).result());
    }

    @Test
    void manyCompositionsAreScheduledAtOnceWithoutWaiting() throws InterruptedException {
        ScheduledExecutorService real = new ScheduledThreadPoolExecutor(1);
        try {
            set(c -> c.setPrimeTimerMs(300));
            CompositionSimulator timed = new CompositionSimulator(real, config, intermediary);
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                timed.prime(new CompositionDto(UUID.randomUUID(), Map.of(), Map.of()));
            }
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 300, "prime returned at once");
            assertTrue(intermediary.reported.await(5, TimeUnit.SECONDS));
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= 300, "not before the timer");
        } finally {
            real.shutdownNow();
        }
    }
}
