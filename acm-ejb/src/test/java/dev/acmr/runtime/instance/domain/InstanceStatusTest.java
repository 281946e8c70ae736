package dev.acmr.runtime.instance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstanceStatusTest {

    private static final Set<String> TRANSITIONAL_DEPLOY_STATES = Set.of("DEPLOYING", "UNDEPLOYING", "DELETING",
            "UPDATING", "MIGRATING", "MIGRATION_REVERTING", "UPDATE_REVERTING");
    private static final Set<String> TRANSITIONAL_LOCK_STATES = Set.of("LOCKING", "UNLOCKING");

    @Test
    void transitionalMeansAnyOfTheThreeStatesIsMoving() {
        for (InstanceStatus status : InstanceOrderPolicyTest.everyStatus()) {
            boolean expected = TRANSITIONAL_DEPLOY_STATES.contains(status.deployState().name())
                    || TRANSITIONAL_LOCK_STATES.contains(status.lockState().name())
                    || status.subState() != SubState.NONE;
            assertEquals(expected, status.isTransitional(), status.describe());
            assertEquals(expected && status.stateChangeResult() == StateChangeResult.NO_ERROR, status.isBusy(),
                    status.describe());
        }
    }

    @Test
    void aNewInstanceIsUndeployedAndIdle() {
        var created = InstanceStatus.created();
        assertEquals(new InstanceStatus(DeployState.UNDEPLOYED, LockState.NONE, SubState.NONE,
                StateChangeResult.NO_ERROR), created);
        assertFalse(created.isTransitional());
        assertFalse(created.hasFailedOrTimedOut());
    }

    @Test
    void describesTheSubStateOnlyWhenThereIsOne() {
        assertEquals("DEPLOYED/LOCKED with NO_ERROR", new InstanceStatus(DeployState.DEPLOYED, LockState.LOCKED,
                SubState.NONE, StateChangeResult.NO_ERROR).describe());
        assertEquals("UNDEPLOYED/NONE/PREPARING with TIMEOUT", new InstanceStatus(DeployState.UNDEPLOYED,
                LockState.NONE, SubState.PREPARING, StateChangeResult.TIMEOUT).describe());
    }

    @Test
    void failedAndTimeoutBothStopTheOrder() {
        assertTrue(new InstanceStatus(DeployState.DEPLOYING, LockState.NONE, SubState.NONE, StateChangeResult.FAILED)
                .hasFailedOrTimedOut());
        assertTrue(new InstanceStatus(DeployState.DEPLOYING, LockState.NONE, SubState.NONE, StateChangeResult.TIMEOUT)
                .hasFailedOrTimedOut());
    }

    @Test
    void everyStateIsRequired() {
        assertThrows(NullPointerException.class,
                () -> new InstanceStatus(null, LockState.NONE, SubState.NONE, StateChangeResult.NO_ERROR));
        assertThrows(NullPointerException.class,
                () -> new InstanceStatus(DeployState.DEPLOYED, LockState.LOCKED, SubState.NONE, null));
    }
}
