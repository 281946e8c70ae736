package dev.acmr.simulator.element;

import dev.acmr.participant.api.ElementStateDto;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.dto.InstanceElementDto;
import dev.acmr.simulator.config.SimConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Predicate;

/**
 * ONAP's simulator behaviour for instance elements: as an operation starts, the element's
 * {@code outProperties.InternalState} becomes the operation's transitional state (DEPLOYING, UNDEPLOYING, ...); after
 * the operation's configured delay the element's final state is reported, success or failure as set in
 * {@link SimConfig}, with InternalState the state reported. The delay is read when the order arrives, the success
 * flag when it ends (ONAP's simulator sleeps, then looks). An operation without delay skips the transitional state,
 * which nothing could observe ({@link SimulatedReports#internalState}).
 */
@ApplicationScoped
public class InstanceSimulator {

    @Inject
    SimulatedReports reports;

    /** For the container. */
    public InstanceSimulator() {
    }

    InstanceSimulator(SimulatedReports reports) {
        this.reports = reports;
    }

    public void deploy(InstanceElementDto element) {
        run(element, DeployState.DEPLOYING.name(), reports.config().getDeployTimerMs(), SimConfig::isDeploySuccess,
                Outcome.deploy(DeployState.DEPLOYED, "Deployed"),
                Outcome.deploy(DeployState.UNDEPLOYED, "Deploy failed!"));
    }

    public void undeploy(InstanceElementDto element) {
        run(element, DeployState.UNDEPLOYING.name(), reports.config().getUndeployTimerMs(),
                SimConfig::isUndeploySuccess, Outcome.deploy(DeployState.UNDEPLOYED, "Undeployed"),
                Outcome.deploy(DeployState.DEPLOYED, "Undeploy failed!"));
    }

    public void lock(InstanceElementDto element) {
        run(element, LockState.LOCKING.name(), reports.config().getLockTimerMs(), SimConfig::isLockSuccess,
                Outcome.lock(LockState.LOCKED, "Locked"), Outcome.lock(LockState.UNLOCKED, "Lock failed!"));
    }

    public void unlock(InstanceElementDto element) {
        run(element, LockState.UNLOCKING.name(), reports.config().getUnlockTimerMs(), SimConfig::isUnlockSuccess,
                Outcome.lock(LockState.UNLOCKED, "Unlocked"), Outcome.lock(LockState.LOCKED, "Unlock failed!"));
    }

    /** @param updated the element with its new properties, as the update call gives it */
    public void update(InstanceElementDto updated) {
        run(updated, DeployState.UPDATING.name(), reports.config().getUpdateTimerMs(), SimConfig::isUpdateSuccess,
                Outcome.deploy(DeployState.DEPLOYED, "Updated"),
                Outcome.deploy(DeployState.DEPLOYED, "Update failed!"));
    }

    /** Success removes the element (deleteAutomationCompositionElementState); failure leaves it UNDEPLOYED. */
    public void delete(InstanceElementDto element) {
        int delayMs = reports.config().getDeleteTimerMs();
        reports.internalState(element, DeployState.DELETING.name(), delayMs);
        reports.after(delayMs, "delete of element " + element.elementId(), () -> {
            if (reports.config().isDeleteSuccess()) {
                reports.reportDeleted(element.instanceId(), element.elementId());
            } else {
                end(element, Outcome.deploy(DeployState.UNDEPLOYED, "Delete failed!"), false);
            }
        });
    }

    private void run(InstanceElementDto element, String transitional, int delayMs, Predicate<SimConfig> succeeds,
            Outcome success, Outcome failure) {
        reports.internalState(element, transitional, delayMs);
        reports.after(delayMs, transitional + " of element " + element.elementId(), () -> {
            boolean ok = succeeds.test(reports.config());
            end(element, ok ? success : failure, ok);
        });
    }

    private void end(InstanceElementDto element, Outcome outcome, boolean ok) {
        reports.report(new ElementStateDto(element.instanceId(), element.elementId(), outcome.deployState(),
                outcome.lockState(), ok ? StateChangeResult.NO_ERROR : StateChangeResult.FAILED, outcome.message(),
                null, null, reports.outPropertiesWith(element, outcome.stateName())));
    }
}
