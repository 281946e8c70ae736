package dev.acmr.simulator.element;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.participant.api.DeployState;
import dev.acmr.participant.api.ElementState;
import dev.acmr.participant.api.InstanceElementDto;
import dev.acmr.participant.api.LockState;
import dev.acmr.participant.api.StateChangeResult;
import dev.acmr.simulator.config.SimConfig;
import dev.acmr.simulator.config.SimConfigHolder;
import dev.acmr.simulator.element.CompositionSimulatorTest.ManualScheduler;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Instance operations as ONAP's simulator: the operation's delay, InternalState, then the configured outcome. */
class InstanceSimulatorTest {

    /** What the simulator told the intermediary, in order: an info push or a state report. */
    record Call(String kind, UUID elementId, Object state, StateChangeResult result, String message,
            Map<String, Object> outProperties) {
    }

    /** The adapter's intermediary, faked: records calls; holds an element view the simulator reads. */
    static final class FakeIntermediary extends Intermediary {
        final List<Call> calls = new CopyOnWriteArrayList<>();
        volatile Map<String, Object> viewOutProperties = Map.of("fromView", 1);

        @Override
        public void updateAutomationCompositionElementState(UUID instanceId, UUID elementId,
                DeployState deployState, LockState lockState, StateChangeResult result, String message) {
            calls.add(new Call("state", elementId, deployState != null ? deployState : lockState, result, message,
                    null));
        }

        @Override
        public void sendAcElementInfo(UUID instanceId, UUID elementId, String useState, String operationalState,
                Map<String, Object> outProperties) {
            calls.add(new Call("info", elementId, null, null, null, Map.copyOf(outProperties)));
        }

        @Override
        public Optional<InstanceElementDto> getInstanceElementDto(UUID instanceId, UUID elementId) {
            return viewOutProperties == null ? Optional.empty() : Optional.of(new InstanceElementDto(instanceId,
                    elementId, Map.of(), viewOutProperties, ElementState.PRESENT));
        }
    }

    private final FakeIntermediary intermediary = new FakeIntermediary();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final SimConfigHolder config = new SimConfigHolder();
    private final InstanceSimulator simulator = new InstanceSimulator(scheduler, config, intermediary);
    private final UUID element = UUID.randomUUID();
    private final InstanceElementDto dto = new InstanceElementDto(UUID.randomUUID(), element, Map.of(),
            Map.of("fromCall", 2), ElementState.PRESENT);

    @AfterEach
    void shutdown() {
        scheduler.shutdownNow();
    }

    private void set(Consumer<SimConfig> change) {
        SimConfig changed = config.get();
        change.accept(changed);
        config.set(changed);
    }

    private List<Call> succeeded(Object state, String message) {
        return List.of(new Call("info", element, null, null, null, Map.of("fromView", 1, "InternalState",
                String.valueOf(state))), new Call("state", element, state, StateChangeResult.NO_ERROR, message, null));
    }

    private List<Call> failed(Object state, String message) {
        return List.of(new Call("state", element, state, StateChangeResult.FAILED, message, null));
    }

    @Test
    void eachOperationWaitsItsOwnTimer() {
        set(c -> {
            c.setDeployTimerMs(11);
            c.setUndeployTimerMs(12);
            c.setLockTimerMs(13);
            c.setUnlockTimerMs(14);
            c.setUpdateTimerMs(15);
            c.setDeleteTimerMs(16);
        });
        simulator.deploy(dto);
        simulator.undeploy(dto);
        simulator.lock(dto);
        simulator.unlock(dto);
        simulator.update(dto);
        simulator.delete(dto);
        assertEquals(List.of(11L, 12L, 13L, 14L, 15L, 16L), scheduler.delaysMs);
        assertTrue(intermediary.calls.isEmpty(), "nothing before the delay");
    }

    @Test
    void successWritesInternalStateThenReportsAsOnap() {
        List<Runnable> operations = List.of(() -> simulator.deploy(dto), () -> simulator.undeploy(dto),
                () -> simulator.lock(dto), () -> simulator.unlock(dto), () -> simulator.update(dto),
                () -> simulator.delete(dto));
        List<List<Call>> expected = List.of(succeeded(DeployState.DEPLOYED, "Deployed"),
                succeeded(DeployState.UNDEPLOYED, "Undeployed"), succeeded(LockState.LOCKED, "Locked"),
                succeeded(LockState.UNLOCKED, "Unlocked"), succeeded(DeployState.DEPLOYED, "Updated"),
                succeeded(DeployState.DELETED, "Deleted"));
        for (int n = 0; n < operations.size(); n++) {
            intermediary.calls.clear();
            operations.get(n).run();
            scheduler.runAll();
            assertEquals(expected.get(n), intermediary.calls);
        }
    }

    @Test
    void failureReportsTheStateTheElementReturnsToWithoutInternalState() {
        set(c -> {
            c.setDeploySuccess(false);
            c.setUndeploySuccess(false);
            c.setLockSuccess(false);
            c.setUnlockSuccess(false);
            c.setUpdateSuccess(false);
            c.setDeleteSuccess(false);
        });
        List<Runnable> operations = List.of(() -> simulator.deploy(dto), () -> simulator.undeploy(dto),
                () -> simulator.lock(dto), () -> simulator.unlock(dto), () -> simulator.update(dto),
                () -> simulator.delete(dto));
        List<List<Call>> expected = List.of(failed(DeployState.UNDEPLOYED, "Deploy failed!"),
                failed(DeployState.DEPLOYED, "Undeploy failed!"), failed(LockState.UNLOCKED, "Lock failed!"),
                failed(LockState.LOCKED, "Unlock failed!"), failed(DeployState.DEPLOYED, "Update failed!"),
                failed(DeployState.UNDEPLOYED, "Delete failed!"));
        for (int n = 0; n < operations.size(); n++) {
            intermediary.calls.clear();
            operations.get(n).run();
            scheduler.runAll();
            assertEquals(expected.get(n), intermediary.calls);
        }
    }

    @Test
    void theSuccessFlagIsReadWhenTheDelayEnds() {
        simulator.deploy(dto);
        set(c -> c.setDeploySuccess(false));
        scheduler.runAll();
        assertEquals(failed(DeployState.UNDEPLOYED, "Deploy failed!"), intermediary.calls);
    }

    @Test
    void internalStateMergesIntoTheCallsOutPropertiesWhenTheViewLostTheElement() {
        intermediary.viewOutProperties = null;
        simulator.deploy(dto);
        scheduler.runAll();
        assertEquals(Map.of("fromCall", 2, "InternalState", "DEPLOYED"), intermediary.calls.get(0).outProperties());
    }
}
