package dev.acmr.runtime.instance.domain;

import static dev.acmr.runtime.composition.domain.StateChangeResult.FAILED;
import static dev.acmr.runtime.composition.domain.StateChangeResult.NO_ERROR;
import static dev.acmr.runtime.composition.domain.StateChangeResult.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderEffectTest {

    /** The settled status each order ends in, whichever status it was accepted in. */
    private static final Map<InstanceOrder, InstanceStatus> ENDS_IN = Map.ofEntries(
            Map.entry(InstanceOrder.DEPLOY, status(DeployState.DEPLOYED, LockState.LOCKED, SubState.NONE, NO_ERROR)),
            Map.entry(InstanceOrder.UNDEPLOY, status(DeployState.UNDEPLOYED, LockState.NONE, SubState.NONE, NO_ERROR)),
            Map.entry(InstanceOrder.DELETE, status(DeployState.DELETED, LockState.NONE, SubState.NONE, NO_ERROR)),
            Map.entry(InstanceOrder.UPDATE, status(DeployState.DEPLOYED, LockState.LOCKED, SubState.NONE, NO_ERROR)),
            Map.entry(InstanceOrder.MIGRATE, status(DeployState.DEPLOYED, LockState.LOCKED, SubState.NONE, NO_ERROR)),
            Map.entry(InstanceOrder.ROLLBACK, status(DeployState.DEPLOYED, LockState.LOCKED, SubState.NONE, NO_ERROR)),
            Map.entry(InstanceOrder.LOCK, status(DeployState.DEPLOYED, LockState.LOCKED, SubState.NONE, NO_ERROR)),
            Map.entry(InstanceOrder.UNLOCK, status(DeployState.DEPLOYED, LockState.UNLOCKED, SubState.NONE, NO_ERROR)),
            Map.entry(InstanceOrder.PREPARE, status(DeployState.UNDEPLOYED, LockState.NONE, SubState.NONE, NO_ERROR)),
            Map.entry(InstanceOrder.REVIEW, status(DeployState.DEPLOYED, LockState.LOCKED, SubState.NONE, NO_ERROR)),
            Map.entry(InstanceOrder.MIGRATE_PRECHECK,
                    status(DeployState.DEPLOYED, LockState.LOCKED, SubState.NONE, NO_ERROR)));

    @Test
    void eachOrderSetsItsTransitionalStateAndPacing() {
        var undeployed = status(DeployState.UNDEPLOYED, LockState.NONE, SubState.NONE, NO_ERROR);
        var locked = status(DeployState.DEPLOYED, LockState.LOCKED, SubState.NONE, NO_ERROR);
        var unlocked = status(DeployState.DEPLOYED, LockState.UNLOCKED, SubState.NONE, NO_ERROR);

        assertEffect(InstanceOrder.DEPLOY, undeployed,
                status(DeployState.DEPLOYING, LockState.NONE, SubState.NONE, NO_ERROR), Pacing.ASCENDING_START_PHASES);
        assertEffect(InstanceOrder.UNDEPLOY, locked,
                status(DeployState.UNDEPLOYING, LockState.NONE, SubState.NONE, NO_ERROR),
                Pacing.DESCENDING_START_PHASES);
        assertEffect(InstanceOrder.DELETE, undeployed,
                status(DeployState.DELETING, LockState.NONE, SubState.NONE, NO_ERROR), Pacing.DESCENDING_START_PHASES);
        assertEffect(InstanceOrder.UPDATE, locked,
                status(DeployState.UPDATING, LockState.LOCKED, SubState.NONE, NO_ERROR), Pacing.ONE_MESSAGE);
        assertEffect(InstanceOrder.MIGRATE, locked,
                status(DeployState.MIGRATING, LockState.LOCKED, SubState.NONE, NO_ERROR), Pacing.ASCENDING_STAGES);
        assertEffect(InstanceOrder.LOCK, unlocked,
                status(DeployState.DEPLOYED, LockState.LOCKING, SubState.NONE, NO_ERROR),
                Pacing.DESCENDING_START_PHASES);
        assertEffect(InstanceOrder.UNLOCK, locked,
                status(DeployState.DEPLOYED, LockState.UNLOCKING, SubState.NONE, NO_ERROR),
                Pacing.ASCENDING_START_PHASES);
        assertEffect(InstanceOrder.PREPARE, undeployed,
                status(DeployState.UNDEPLOYED, LockState.NONE, SubState.PREPARING, NO_ERROR), Pacing.ASCENDING_STAGES);
        assertEffect(InstanceOrder.REVIEW, locked,
                status(DeployState.DEPLOYED, LockState.LOCKED, SubState.REVIEWING, NO_ERROR), Pacing.ONE_MESSAGE);
        assertEffect(InstanceOrder.MIGRATE_PRECHECK, locked,
                status(DeployState.DEPLOYED, LockState.LOCKED, SubState.MIGRATION_PRECHECKING, NO_ERROR),
                Pacing.ONE_MESSAGE);
    }

    @Test
    void aRollbackRevertsAMigrationByStageAndAnUpdateInOneMessage() {
        assertEffect(InstanceOrder.ROLLBACK, status(DeployState.MIGRATING, LockState.LOCKED, SubState.NONE, FAILED),
                status(DeployState.MIGRATION_REVERTING, LockState.LOCKED, SubState.NONE, NO_ERROR),
                Pacing.DESCENDING_STAGES);
        assertEffect(InstanceOrder.ROLLBACK, status(DeployState.UPDATING, LockState.LOCKED, SubState.NONE, TIMEOUT),
                status(DeployState.UPDATE_REVERTING, LockState.LOCKED, SubState.NONE, NO_ERROR), Pacing.ONE_MESSAGE);
        var deployed = status(DeployState.DEPLOYED, LockState.LOCKED, SubState.NONE, NO_ERROR);
        assertThrows(IllegalArgumentException.class, () -> OrderEffect.of(InstanceOrder.ROLLBACK, deployed));
    }

    @Test
    void aPlainUpdateChangesNoStateAndSendsNothing() {
        var stoppedPrepare = status(DeployState.UNDEPLOYED, LockState.NONE, SubState.PREPARING, FAILED);
        assertEffect(InstanceOrder.UPDATE, stoppedPrepare, stoppedPrepare, Pacing.NO_MESSAGE);
    }

    @Test
    void anOrderAfterAStoppedSubOperationAbandonsIt() {
        assertEffect(InstanceOrder.UNDEPLOY, status(DeployState.DEPLOYED, LockState.LOCKED, SubState.REVIEWING, FAILED),
                status(DeployState.UNDEPLOYING, LockState.NONE, SubState.NONE, NO_ERROR),
                Pacing.DESCENDING_START_PHASES);
        assertEffect(InstanceOrder.DELETE, status(DeployState.UNDEPLOYED, LockState.NONE, SubState.PREPARING, TIMEOUT),
                status(DeployState.DELETING, LockState.NONE, SubState.NONE, NO_ERROR), Pacing.DESCENDING_START_PHASES);
    }

    @Test
    void oneOperationAtATime() {
        forEveryAcceptedOrder((order, from) -> {
            var effect = OrderEffect.of(order, from);
            if (effect.pacing() == Pacing.NO_MESSAGE) {
                return;
            }
            assertTrue(effect.next().isBusy(), order + " from " + from.describe());
            for (InstanceOrder next : InstanceOrder.values()) {
                assertTrue(InstanceOrderPolicy.refusal(next, effect.next(), true).isPresent(),
                        next + " while " + order + " runs, from " + from.describe());
            }
        });
    }

    @Test
    void everyAcceptedOrderCompletesInItsSettledStatus() {
        forEveryAcceptedOrder((order, from) -> {
            var effect = OrderEffect.of(order, from);
            if (effect.pacing() != Pacing.NO_MESSAGE) {
                assertEquals(ENDS_IN.get(order), Completion.of(effect.next()), order + " from " + from.describe());
            }
        });
    }

    @Test
    void pacingDirections() {
        assertEquals(Direction.ASCENDING, Pacing.ASCENDING_START_PHASES.direction().orElseThrow());
        assertEquals(Direction.DESCENDING, Pacing.DESCENDING_STAGES.direction().orElseThrow());
        assertTrue(Pacing.ONE_MESSAGE.direction().isEmpty());
        assertTrue(Pacing.DESCENDING_START_PHASES.isByStartPhase());
        assertTrue(Pacing.ASCENDING_STAGES.isByStage());
        assertTrue(!Pacing.NO_MESSAGE.isByStage() && !Pacing.NO_MESSAGE.isByStartPhase());
    }

    private interface AcceptedOrder {
        void check(InstanceOrder order, InstanceStatus from);
    }

    private static void forEveryAcceptedOrder(AcceptedOrder check) {
        for (InstanceOrder order : InstanceOrder.values()) {
            for (InstanceStatus from : InstanceOrderPolicyTest.everyStatus()) {
                if (InstanceOrderPolicy.refusal(order, from, true).isEmpty()) {
                    check.check(order, from);
                }
            }
        }
    }

    private static void assertEffect(InstanceOrder order, InstanceStatus from, InstanceStatus next, Pacing pacing) {
        assertEquals(new OrderEffect(next, pacing), OrderEffect.of(order, from), order + " from " + from.describe());
    }

    private static InstanceStatus status(DeployState deploy, LockState lock, SubState sub, StateChangeResult result) {
        return new InstanceStatus(deploy, lock, sub, result);
    }
}
