package dev.acmr.simulator.element;

import dev.acmr.participant.api.ElementStageDto;
import dev.acmr.participant.api.ElementStateDto;
import dev.acmr.participant.api.ParticipantIntermediaryApi;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.dto.ElementState;
import dev.acmr.participant.models.dto.InstanceElementDto;
import dev.acmr.simulator.config.SimConfig;
import dev.acmr.simulator.config.SimConfigHolder;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the simulator's services share: this replica's settings, the delay before an outcome, the element's
 * {@code InternalState} out-property, and the reports through the intermediary, each recorded in the
 * {@link ExecutionLog}.
 *
 * <p>Unlike ONAP's simulator, which sleeps on the intermediary's thread, outcomes are scheduled on the container's
 * default managed scheduled executor: the listener returns at once, so the adapter's threads are not held for the
 * delay and any number of elements and compositions can be worked on at the same time. A report that cannot be sent
 * is logged: there is nothing to retry with; the runtime times the order out and the user re-issues it.
 */
@ApplicationScoped
public class SimulatedReports {

    /** The out-property ONAP's conformance checks read: the element's state as the simulator sees it. */
    public static final String INTERNAL_STATE = "InternalState";

    private static final Logger LOG = Logger.getLogger(SimulatedReports.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ScheduledExecutorService scheduler;

    @Inject
    SimConfigHolder config;

    @Inject
    ExecutionLog executions;

    @Inject
    ParticipantIntermediaryApi intermediary;

    /** For the container. */
    public SimulatedReports() {
    }

    SimulatedReports(ScheduledExecutorService scheduler, SimConfigHolder config, ExecutionLog executions,
            ParticipantIntermediaryApi intermediary) {
        this.scheduler = scheduler;
        this.config = config;
        this.executions = executions;
        this.intermediary = intermediary;
    }

    /** Resolves the executor while the application deploys, on a thread with the application's naming context. */
    void createAtDeployment(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        // Observing is enough, as in Intermediary.
    }

    /** This replica's settings now (a copy). */
    SimConfig config() {
        return config.get();
    }

    ParticipantIntermediaryApi intermediary() {
        return intermediary;
    }

    ExecutionLog executions() {
        return executions;
    }

    /** Runs {@code outcome} after {@code delayMs}; what it throws is logged, as a report that could not be sent. */
    void after(int delayMs, String what, Runnable outcome) {
        scheduler.schedule(() -> {
            try {
                outcome.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not report " + what, e);
            }
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    /**
     * The element's out-properties now, with InternalState set: the view's, which a push may have changed since the
     * call, else the call's own (the view no longer holds the element).
     */
    Map<String, Object> outPropertiesWith(InstanceElementDto element, String internalState) {
        Map<String, Object> outProperties = new LinkedHashMap<>(element.outProperties() == null ? Map.of()
                : element.outProperties());
        try {
            InstanceElementDto held = intermediary.getInstanceElementDto(element.instanceId(), element.elementId());
            if (held != null && held.state() != ElementState.NOT_PRESENT && held.outProperties() != null) {
                outProperties = new LinkedHashMap<>(held.outProperties());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "read the call's out-properties: the view could not be read", e);
        }
        outProperties.put(INTERNAL_STATE, internalState);
        return outProperties;
    }

    /**
     * Pushes the element's transitional InternalState (DEPLOYING, UNDEPLOYING, ...) as an operation starts that will
     * take {@code delayMs}. With no delay nothing could observe it before the outcome replaces it, so it is not sent:
     * that halves the messages of a zero-delay run (the benchmark's), and an info overtaken by the outcome on another
     * runtime node cannot show the transitional state after the final one.
     */
    void internalState(InstanceElementDto element, String transitional, int delayMs) {
        if (delayMs <= 0) {
            return;
        }
        try {
            intermediary.sendAcElementInfo(element.instanceId(), element.elementId(), null, null,
                    outPropertiesWith(element, transitional));
        } catch (RuntimeException e) {
            // The outcome still goes: the runtime waits for that, not for the out-properties.
            LOG.log(Level.WARNING, "could not write InternalState " + transitional + " of element "
                    + element.elementId() + " of instance " + element.instanceId(), e);
        }
    }

    /** Reports an element's final state; the execution ends with that state, or FAILED. */
    void report(ElementStateDto state) {
        boolean ok = state.stateChangeResult() == StateChangeResult.NO_ERROR;
        String reported = state.deployState() != null ? state.deployState().name() : state.lockState().name();
        executions.ended(state.instance(), state.elementId(), ok ? reported : "FAILED");
        intermediary.updateAutomationCompositionElementState(state);
    }

    /** Reports an element deleted; the execution ends DELETED. */
    void reportDeleted(UUID instanceId, UUID elementId) {
        executions.ended(instanceId, elementId, "DELETED");
        intermediary.deleteAutomationCompositionElementState(instanceId, elementId);
    }

    /** Reports a stage done; the execution ends with the next stage. */
    void reportStage(ElementStageDto stage) {
        executions.ended(stage.instance(), stage.elementId(), "NEXT_STAGE_" + stage.nextStage());
        intermediary.updateAutomationCompositionElementStage(stage);
    }
}
