package dev.acmr.runtime.instance.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.instance.domain.DeployState;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.domain.InstanceStatus;
import dev.acmr.runtime.instance.domain.LockState;
import dev.acmr.runtime.instance.domain.Pacing;
import dev.acmr.runtime.instance.domain.SubState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DispatchPlanTest {

    @Test
    void everyOrderRunsHere() {
        for (InstanceOrder order : InstanceOrder.values()) {
            assertTrue(DispatchPlan.isSupported(order), order.name());
        }
    }

    @Test
    void pacingFollowsTheOrder() {
        InstanceStatus deploying = status(DeployState.DEPLOYING, LockState.NONE);
        InstanceStatus updating = status(DeployState.UPDATING, LockState.LOCKED);
        InstanceStatus locking = status(DeployState.DEPLOYED, LockState.LOCKING);
        assertEquals(Pacing.ASCENDING_START_PHASES, DispatchPlan.pacingOf(InstanceOrder.DEPLOY, deploying));
        assertEquals(Pacing.DESCENDING_START_PHASES, DispatchPlan.pacingOf(InstanceOrder.LOCK, locking));
        assertEquals(Pacing.DESCENDING_START_PHASES,
                DispatchPlan.pacingOf(InstanceOrder.DELETE, status(DeployState.DELETING, LockState.NONE)));
        assertEquals(Pacing.ONE_MESSAGE, DispatchPlan.pacingOf(InstanceOrder.UPDATE, updating));
    }

    @Test
    void aRunningRollbackOrMigrationIsPacedByWhatItReverts() {
        assertEquals(Pacing.DESCENDING_STAGES, DispatchPlan.pacingOf(InstanceOrder.ROLLBACK,
                status(DeployState.MIGRATION_REVERTING, LockState.LOCKED)));
        assertEquals(Pacing.ONE_MESSAGE, DispatchPlan.pacingOf(InstanceOrder.ROLLBACK,
                status(DeployState.UPDATE_REVERTING, LockState.LOCKED)));
        assertEquals(Pacing.ASCENDING_STAGES, DispatchPlan.pacingOf(InstanceOrder.MIGRATE,
                status(DeployState.MIGRATING, LockState.LOCKED)));
        InstanceStatus preparing = new InstanceStatus(DeployState.UNDEPLOYED, LockState.NONE, SubState.PREPARING,
                StateChangeResult.NO_ERROR);
        assertEquals(Pacing.ASCENDING_STAGES, DispatchPlan.pacingOf(InstanceOrder.PREPARE, preparing));
    }

    @Test
    void elementsAreGroupedByParticipantInOrder() {
        Map<String, List<String>> grouped = DispatchPlan.byParticipant(List.of("a1", "b1", "a2"),
                element -> element.substring(0, 1));
        assertEquals(List.of("a", "b"), List.copyOf(grouped.keySet()));
        assertEquals(List.of("a1", "a2"), grouped.get("a"));
        assertEquals(List.of("b1"), grouped.get("b"));
    }

    private static InstanceStatus status(DeployState deployState, LockState lockState) {
        return new InstanceStatus(deployState, lockState, SubState.NONE, StateChangeResult.NO_ERROR);
    }
}
