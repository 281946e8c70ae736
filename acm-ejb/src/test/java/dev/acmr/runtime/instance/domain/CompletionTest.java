package dev.acmr.runtime.instance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionTest {

    /** Running "deploy/lock/sub" and the settled "deploy/lock" it completes in (sub NONE, NO_ERROR). */
    private static final List<String[]> COMPLETES = List.of(
            new String[] {"DEPLOYING/NONE/NONE", "DEPLOYED/LOCKED"},
            new String[] {"UPDATING/LOCKED/NONE", "DEPLOYED/LOCKED"},
            new String[] {"UPDATE_REVERTING/LOCKED/NONE", "DEPLOYED/LOCKED"},
            new String[] {"MIGRATING/LOCKED/NONE", "DEPLOYED/LOCKED"},
            new String[] {"MIGRATION_REVERTING/LOCKED/NONE", "DEPLOYED/LOCKED"},
            new String[] {"UNDEPLOYING/NONE/NONE", "UNDEPLOYED/NONE"},
            new String[] {"UNDEPLOYING/LOCKED/NONE", "UNDEPLOYED/NONE"},
            new String[] {"UNDEPLOYING/UNLOCKING/NONE", "UNDEPLOYED/NONE"},
            new String[] {"DELETING/NONE/NONE", "DELETED/NONE"},
            new String[] {"DEPLOYED/LOCKING/NONE", "DEPLOYED/LOCKED"},
            new String[] {"DEPLOYED/UNLOCKING/NONE", "DEPLOYED/UNLOCKED"},
            new String[] {"UNDEPLOYED/NONE/PREPARING", "UNDEPLOYED/NONE"},
            new String[] {"DEPLOYED/LOCKED/REVIEWING", "DEPLOYED/LOCKED"},
            new String[] {"DEPLOYED/LOCKED/MIGRATION_PRECHECKING", "DEPLOYED/LOCKED"});

    @Test
    void eachRunningOrderCompletesInItsSettledStatus() {
        for (String[] row : COMPLETES) {
            String[] running = row[0].split("/");
            String[] settled = row[1].split("/");
            var expected = new InstanceStatus(DeployState.valueOf(settled[0]), LockState.valueOf(settled[1]),
                    SubState.NONE, StateChangeResult.NO_ERROR);
            for (StateChangeResult result : EnumSet.of(StateChangeResult.NO_ERROR, StateChangeResult.TIMEOUT)) {
                var status = new InstanceStatus(DeployState.valueOf(running[0]), LockState.valueOf(running[1]),
                        SubState.valueOf(running[2]), result);
                assertEquals(expected, Completion.of(status), status.describe());
            }
        }
    }

    @Test
    void failedIsSticky() {
        var failed = new InstanceStatus(DeployState.DEPLOYING, LockState.NONE, SubState.NONE,
                StateChangeResult.FAILED);
        assertFalse(Completion.isPossible(failed));
        assertThrows(IllegalStateException.class, () -> Completion.of(failed));
    }

    @Test
    void aSettledInstanceHasNothingToComplete() {
        var deployed = new InstanceStatus(DeployState.DEPLOYED, LockState.LOCKED, SubState.NONE,
                StateChangeResult.NO_ERROR);
        assertFalse(Completion.isPossible(deployed));
        assertThrows(IllegalStateException.class, () -> Completion.of(deployed));
    }

    @Test
    void everyCompletionSettles() {
        for (InstanceStatus status : InstanceOrderPolicyTest.everyStatus()) {
            boolean expected = status.isTransitional() && status.stateChangeResult() != StateChangeResult.FAILED;
            assertEquals(expected, Completion.isPossible(status), status.describe());
            if (expected) {
                var settled = Completion.of(status);
                assertFalse(settled.isTransitional(), status.describe() + " -> " + settled.describe());
                assertEquals(StateChangeResult.NO_ERROR, settled.stateChangeResult());
            }
        }
    }
}
