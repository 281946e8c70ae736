package dev.acmr.simulator.element;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.participant.api.ElementStateDto;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.dto.InstanceElementDto;
import dev.acmr.simulator.config.SimConfig;
import dev.acmr.simulator.config.SimConfigHolder;
import dev.acmr.simulator.element.RecordingIntermediary.Call;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Instance operations as ONAP's simulator: InternalState set to the transitional state at once, then after the
 * operation's delay the configured outcome, reported with InternalState the state reported.
 */
class InstanceSimulatorTest {

    private final RecordingIntermediary intermediary = new RecordingIntermediary();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final SimConfigHolder config = new SimConfigHolder();
    private final ExecutionLog executions = new ExecutionLog();
    private final InstanceSimulator simulator = new InstanceSimulator(new SimulatedReports(scheduler, config,
            executions, intermediary.api));
    private final UUID instance = UUID.randomUUID();
    private final UUID element = UUID.randomUUID();
    private final InstanceElementDto dto = new InstanceElementDto(instance, element, Map.of(), Map.of("fromCall", 2));

    @AfterEach
    void shutdown() {
        scheduler.shutdownNow();
    }

    private void set(Consumer<SimConfig> change) {
        SimConfig changed = config.get();
        change.accept(changed);
        config.set(changed);
    }

    private Call transitional(String state) {
        return new Call("sendAcElementInfo", Arrays.asList(instance, element, null, null,
                Map.of("fromView", 1, "InternalState", state)));
    }

    private Call reported(DeployState deploy, LockState lock, StateChangeResult result, String message) {
        String state = deploy != null ? deploy.name() : lock.name();
        return new Call("updateAutomationCompositionElementState", List.of(new ElementStateDto(instance, element,
                deploy, lock, result, message, null, null, Map.of("fromView", 1, "InternalState", state))));
    }

    private List<Runnable> everyOperation() {
        return List.of(() -> simulator.deploy(dto), () -> simulator.undeploy(dto), () -> simulator.lock(dto),
                () -> simulator.unlock(dto), () -> simulator.update(dto), () -> simulator.delete(dto));
    }

    @Test
    void eachOperationWaitsItsOwnTimerAfterSettingItsTransitionalState() {
        set(c -> {
            c.setDeployTimerMs(11);
            c.setUndeployTimerMs(12);
            c.setLockTimerMs(13);
            c.setUnlockTimerMs(14);
            c.setUpdateTimerMs(15);
            c.setDeleteTimerMs(16);
        });
        everyOperation().forEach(Runnable::run);
        assertEquals(List.of(11L, 12L, 13L, 14L, 15L, 16L), scheduler.delaysMs);
        assertEquals(List.of(transitional("DEPLOYING"), transitional("UNDEPLOYING"), transitional("LOCKING"),
                transitional("UNLOCKING"), transitional("UPDATING"), transitional("DELETING")), intermediary.calls,
                "only the transitional InternalState before the delay");
    }

    @Test
    void successReportsTheFinalStateWithItAsInternalState() {
        List<Call> expected = List.of(
                reported(DeployState.DEPLOYED, null, StateChangeResult.NO_ERROR, "Deployed"),
                reported(DeployState.UNDEPLOYED, null, StateChangeResult.NO_ERROR, "Undeployed"),
                reported(null, LockState.LOCKED, StateChangeResult.NO_ERROR, "Locked"),
                reported(null, LockState.UNLOCKED, StateChangeResult.NO_ERROR, "Unlocked"),
                reported(DeployState.DEPLOYED, null, StateChangeResult.NO_ERROR, "Updated"),
                new Call("deleteAutomationCompositionElementState", List.of(instance, element)));
        for (int n = 0; n < expected.size(); n++) {
            everyOperation().get(n).run();
            intermediary.calls.clear();
            scheduler.runAll();
            assertEquals(List.of(expected.get(n)), intermediary.calls);
        }
    }

    @Test
    void failureReportsTheStateTheElementReturnsTo() {
        set(c -> {
            c.setDeploySuccess(false);
            c.setUndeploySuccess(false);
            c.setLockSuccess(false);
            c.setUnlockSuccess(false);
            c.setUpdateSuccess(false);
            c.setDeleteSuccess(false);
        });
        List<Call> expected = List.of(
                reported(DeployState.UNDEPLOYED, null, StateChangeResult.FAILED, "Deploy failed!"),
                reported(DeployState.DEPLOYED, null, StateChangeResult.FAILED, "Undeploy failed!"),
                reported(null, LockState.UNLOCKED, StateChangeResult.FAILED, "Lock failed!"),
                reported(null, LockState.LOCKED, StateChangeResult.FAILED, "Unlock failed!"),
                reported(DeployState.DEPLOYED, null, StateChangeResult.FAILED, "Update failed!"),
                reported(DeployState.UNDEPLOYED, null, StateChangeResult.FAILED, "Delete failed!"));
        for (int n = 0; n < expected.size(); n++) {
            everyOperation().get(n).run();
            intermediary.calls.clear();
            scheduler.runAll();
            assertEquals(List.of(expected.get(n)), intermediary.calls);
        }
    }

    @Test
    void withoutDelayOnlyTheOutcomeIsSent() {
        set(c -> c.setDeployTimerMs(0));
        simulator.deploy(dto);
        assertEquals(List.of(), intermediary.calls);
        scheduler.runAll();
        assertEquals(List.of(reported(DeployState.DEPLOYED, null, StateChangeResult.NO_ERROR, "Deployed")),
                intermediary.calls);
    }

    @Test
    void theSuccessFlagIsReadWhenTheDelayEnds() {
        simulator.deploy(dto);
        set(c -> c.setDeploySuccess(false));
        intermediary.calls.clear();
        scheduler.runAll();
        assertEquals(List.of(reported(DeployState.UNDEPLOYED, null, StateChangeResult.FAILED, "Deploy failed!")),
                intermediary.calls);
    }

    @Test
    void internalStateMergesIntoTheCallsOutPropertiesWhenTheViewLostTheElement() {
        intermediary.viewOutProperties = null;
        simulator.deploy(dto);
        scheduler.runAll();
        assertEquals(Map.of("fromCall", 2, "InternalState", "DEPLOYING"), intermediary.calls.get(0).arg(4));
        assertEquals(Map.of("fromCall", 2, "InternalState", "DEPLOYED"),
                ((ElementStateDto) intermediary.calls.get(1).arg(0)).outProperties());
    }

    @Test
    void theExecutionEndsWithTheOutcome() {
        executions.record("deploy", null, dto, null);
        simulator.deploy(dto);
        scheduler.runAll();
        executions.record("delete", null, dto, null);
        set(c -> c.setDeleteSuccess(false));
        simulator.delete(dto);
        scheduler.runAll();
        assertEquals(List.of("DEPLOYED", "FAILED"), executions.executions().stream().map(Execution::outcome)
                .toList());
    }
}
