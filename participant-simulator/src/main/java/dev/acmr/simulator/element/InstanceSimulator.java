package dev.acmr.simulator.element;

import dev.acmr.participant.api.DeployState;
import dev.acmr.participant.api.InstanceElementDto;
import dev.acmr.participant.api.LockState;
import dev.acmr.participant.api.StateChangeResult;
import dev.acmr.simulator.config.SimConfig;
import dev.acmr.simulator.config.SimConfigHolder;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.resource.ResourceException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * ONAP's simulator behaviour for instance elements: after the operation's configured delay, report success or
 * failure as set in {@link SimConfig}; before a successful report, write the element's new state into its
 * {@code outProperties.InternalState} with {@code sendAcElementInfo}, as ONAP's simulator does. The delay is read
 * when the order arrives, the success flag when it ends (ONAP's simulator sleeps, then looks).
 *
 * <p>As {@link CompositionSimulator}, the report is scheduled on the container's managed scheduled executor instead
 * of sleeping on the adapter's thread, so the listener returns at once and elements of one phase overlap.
 */
@ApplicationScoped
public class InstanceSimulator {

    static final String INTERNAL_STATE = "InternalState";

    private static final Logger LOG = Logger.getLogger(InstanceSimulator.class.getName());

    /** What an operation reports when it ends: exactly one of a deploy or a lock state, and a message. */
    record Outcome(DeployState deployState, LockState lockState, String message) {

        static Outcome deploy(DeployState state, String message) {
            return new Outcome(state, null, message);
        }

        static Outcome lock(LockState state, String message) {
            return new Outcome(null, state, message);
        }

        String stateName() {
            return deployState != null ? deployState.name() : lockState.name();
        }
    }

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ScheduledExecutorService scheduler;

    @Inject
    SimConfigHolder config;

    @Inject
    ExecutionLog executions;

    @Inject
    Intermediary intermediary;

    /** For the container. */
    public InstanceSimulator() {
    }

    InstanceSimulator(ScheduledExecutorService scheduler, SimConfigHolder config, Intermediary intermediary) {
        this.scheduler = scheduler;
        this.config = config;
        this.intermediary = intermediary;
        this.executions = new ExecutionLog();
    }

    /** Resolves the executor while the application deploys, as {@link CompositionSimulator}. */
    void createAtDeployment(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        // Observing is enough, as in Intermediary.
    }

    public void deploy(InstanceElementDto element) {
        after(config.get().getDeployTimerMs(), element, SimConfig::isDeploySuccess,
                Outcome.deploy(DeployState.DEPLOYED, "Deployed"), Outcome.deploy(DeployState.UNDEPLOYED,
                        "Deploy failed!"));
    }

    public void undeploy(InstanceElementDto element) {
        after(config.get().getUndeployTimerMs(), element, SimConfig::isUndeploySuccess,
                Outcome.deploy(DeployState.UNDEPLOYED, "Undeployed"), Outcome.deploy(DeployState.DEPLOYED,
                        "Undeploy failed!"));
    }

    public void lock(InstanceElementDto element) {
        after(config.get().getLockTimerMs(), element, SimConfig::isLockSuccess,
                Outcome.lock(LockState.LOCKED, "Locked"), Outcome.lock(LockState.UNLOCKED, "Lock failed!"));
    }

    public void unlock(InstanceElementDto element) {
        after(config.get().getUnlockTimerMs(), element, SimConfig::isUnlockSuccess,
                Outcome.lock(LockState.UNLOCKED, "Unlocked"), Outcome.lock(LockState.LOCKED, "Unlock failed!"));
    }

    public void update(InstanceElementDto element) {
        after(config.get().getUpdateTimerMs(), element, SimConfig::isUpdateSuccess,
                Outcome.deploy(DeployState.DEPLOYED, "Updated"), Outcome.deploy(DeployState.DEPLOYED,
                        "Update failed!"));
    }

    public void delete(InstanceElementDto element) {
        after(config.get().getDeleteTimerMs(), element, SimConfig::isDeleteSuccess,
                Outcome.deploy(DeployState.DELETED, "Deleted"), Outcome.deploy(DeployState.UNDEPLOYED,
                        "Delete failed!"));
    }

    private void after(int delayMs, InstanceElementDto element, Predicate<SimConfig> succeeds, Outcome success,
            Outcome failure) {
        scheduler.schedule(() -> {
            boolean ok = succeeds.test(config.get());
            report(element, ok ? success : failure, ok);
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    private void report(InstanceElementDto element, Outcome outcome, boolean ok) {
        UUID instanceId = element.instanceId();
        UUID elementId = element.elementId();
        executions.ended(instanceId, elementId, ok ? outcome.stateName() : "FAILED");
        if (ok) {
            writeInternalState(element, outcome.stateName());
        }
        try {
            intermediary.updateAutomationCompositionElementState(instanceId, elementId, outcome.deployState(),
                    outcome.lockState(), ok ? StateChangeResult.NO_ERROR : StateChangeResult.FAILED,
                    outcome.message());
        } catch (ResourceException | RuntimeException e) {
            // Nothing to retry with: the runtime times the order out, and the user re-issues it.
            LOG.log(Level.WARNING, "could not report element " + elementId + " of instance " + instanceId + " "
                    + outcome.stateName(), e);
        }
    }

    /**
     * Merges InternalState into the element's current out-properties (the view's, which another push may have
     * changed since the call; the call's if the view no longer has it). A failure here still lets the state report
     * go: the runtime waits for that, not for the out-properties.
     */
    private void writeInternalState(InstanceElementDto element, String state) {
        try {
            Map<String, Object> current = intermediary.getInstanceElementDto(element.instanceId(),
                    element.elementId()).map(InstanceElementDto::outProperties).orElse(element.outProperties());
            Map<String, Object> outProperties = current == null ? new LinkedHashMap<>()
                    : new LinkedHashMap<>(current);
            outProperties.put(INTERNAL_STATE, state);
            intermediary.sendAcElementInfo(element.instanceId(), element.elementId(), null, null, outProperties);
        } catch (ResourceException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not write InternalState " + state + " of element " + element.elementId()
                    + " of instance " + element.instanceId(), e);
        }
    }
}
