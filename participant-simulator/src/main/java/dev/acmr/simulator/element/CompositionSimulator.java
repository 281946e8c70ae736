package dev.acmr.simulator.element;

import dev.acmr.participant.api.AcTypeState;
import dev.acmr.participant.api.CompositionDto;
import dev.acmr.participant.api.StateChangeResult;
import dev.acmr.simulator.config.SimConfig;
import dev.acmr.simulator.config.SimConfigHolder;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.resource.ResourceException;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * ONAP's simulator behaviour for prime and deprime: after the configured delay, report success or failure as set in
 * {@link SimConfig}. The delay is read when the order arrives and the success flag when it ends, as ONAP's simulator
 * does (it sleeps, then looks).
 *
 * <p>Unlike ONAP's simulator, which sleeps on the intermediary's thread, the report is scheduled on the container's
 * default managed scheduled executor: the listener returns at once, so the adapter's work manager threads are not
 * held for the delay and any number of compositions can be primed at the same time.
 */
@ApplicationScoped
public class CompositionSimulator {

    private static final Logger LOG = Logger.getLogger(CompositionSimulator.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ScheduledExecutorService scheduler;

    @Inject
    SimConfigHolder config;

    @Inject
    ExecutionLog executions;

    @Inject
    Intermediary intermediary;

    /** For the container. */
    public CompositionSimulator() {
    }

    CompositionSimulator(ScheduledExecutorService scheduler, SimConfigHolder config, Intermediary intermediary) {
        this.scheduler = scheduler;
        this.config = config;
        this.intermediary = intermediary;
        this.executions = new ExecutionLog();
    }

    /** Resolves the executor while the application deploys, on a thread with the application's naming context. */
    void createAtDeployment(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        // Observing is enough, as in Intermediary.
    }

    public void prime(CompositionDto composition) {
        UUID id = composition.compositionId();
        after(config.get().getPrimeTimerMs(), () -> report(id, SimConfig::isPrimeSuccess,
                AcTypeState.PRIMED, "Primed", AcTypeState.COMMISSIONED, "Prime failed!"));
    }

    public void deprime(CompositionDto composition) {
        UUID id = composition.compositionId();
        after(config.get().getDeprimeTimerMs(), () -> report(id, SimConfig::isDeprimeSuccess,
                AcTypeState.COMMISSIONED, "Deprimed", AcTypeState.PRIMED, "Deprime failed!"));
    }

    private void after(int delayMs, Runnable task) {
        scheduler.schedule(task, delayMs, TimeUnit.MILLISECONDS);
    }

    private void report(UUID compositionId, Predicate<SimConfig> succeeds, AcTypeState success,
            String successMessage, AcTypeState failure, String failureMessage) {
        boolean ok = succeeds.test(config.get());
        executions.endedComposition(compositionId, ok ? success.name() : "FAILED");
        try {
            intermediary.updateCompositionState(compositionId, ok ? success : failure,
                    ok ? StateChangeResult.NO_ERROR : StateChangeResult.FAILED, ok ? successMessage : failureMessage);
        } catch (ResourceException | RuntimeException e) {
            // Nothing to retry with: the runtime times the order out, and the user re-issues it.
            LOG.log(Level.WARNING, "could not report composition " + compositionId + " " + (ok ? success : failure), e);
        }
    }
}
