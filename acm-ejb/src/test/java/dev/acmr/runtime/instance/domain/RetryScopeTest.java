package dev.acmr.runtime.instance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryScopeTest {

    private static final Map<String, ElementStatus> MIXED = new LinkedHashMap<>();

    static {
        MIXED.put("deployed-locked", new ElementStatus(DeployState.DEPLOYED, LockState.LOCKED));
        MIXED.put("deployed-unlocked", new ElementStatus(DeployState.DEPLOYED, LockState.UNLOCKED));
        MIXED.put("deploying", new ElementStatus(DeployState.DEPLOYING, LockState.NONE));
        MIXED.put("undeployed", new ElementStatus(DeployState.UNDEPLOYED, LockState.NONE));
    }

    private static InstanceStatus failed(DeployState deployState, LockState lockState) {
        return new InstanceStatus(deployState, lockState, SubState.NONE, StateChangeResult.FAILED);
    }

    @Test
    void aRepeatedDeployAfterItFailedRetargetsOnlyTheElementsNotDeployed() {
        assertEquals(List.of("deploying", "undeployed"), List.copyOf(RetryScope.targets(InstanceOrder.DEPLOY,
                failed(DeployState.DEPLOYING, LockState.NONE), MIXED)));
    }

    @Test
    void aRepeatedUndeployAfterItFailedRetargetsOnlyTheElementsNotUndeployed() {
        assertEquals(Set.of("deployed-locked", "deployed-unlocked", "deploying"), RetryScope.targets(
                InstanceOrder.UNDEPLOY, failed(DeployState.UNDEPLOYING, LockState.NONE), MIXED));
    }

    @Test
    void aRepeatedLockOrUnlockAfterItFailedRetargetsOnlyTheElementsNotThere() {
        assertEquals(Set.of("deployed-unlocked", "deploying", "undeployed"),
                RetryScope.targets(InstanceOrder.LOCK, failed(DeployState.DEPLOYED, LockState.LOCKING), MIXED));
        assertEquals(Set.of("deployed-locked", "deploying", "undeployed"),
                RetryScope.targets(InstanceOrder.UNLOCK, failed(DeployState.DEPLOYED, LockState.UNLOCKING), MIXED));
    }

    /** ONAP's CSIT flow: a failed DEPLOY left the elements UNDEPLOYED; the UNDEPLOY must still call the listener. */
    @Test
    void anUndeployAfterAFailedDeployTargetsEveryElementEvenTheUndeployedOnes() {
        Map<String, ElementStatus> revertedByFailedDeploy = new LinkedHashMap<>();
        revertedByFailedDeploy.put("a", new ElementStatus(DeployState.UNDEPLOYED, LockState.NONE));
        revertedByFailedDeploy.put("b", new ElementStatus(DeployState.UNDEPLOYED, LockState.NONE));

        assertEquals(Set.of("a", "b"), RetryScope.targets(InstanceOrder.UNDEPLOY,
                failed(DeployState.DEPLOYING, LockState.NONE), revertedByFailedDeploy));
        assertEquals(Set.of("a"), RetryScope.targets(InstanceOrder.UNDEPLOY,
                failed(DeployState.DEPLOYING, LockState.NONE),
                Map.of("a", new ElementStatus(DeployState.UNDEPLOYED, LockState.NONE))));
    }

    @Test
    void anotherOrderAfterAFailureTargetsEveryElement() {
        assertEquals(MIXED.keySet(), RetryScope.targets(InstanceOrder.DEPLOY,
                failed(DeployState.UNDEPLOYING, LockState.NONE), MIXED));
        assertEquals(MIXED.keySet(), RetryScope.targets(InstanceOrder.DELETE,
                failed(DeployState.UNDEPLOYED, LockState.NONE), MIXED));
        assertEquals(MIXED.keySet(), RetryScope.targets(InstanceOrder.UNLOCK,
                failed(DeployState.DEPLOYED, LockState.LOCKING), MIXED));
    }

    @Test
    void aSingleElementIsAlwaysTargeted() {
        var deployed = Map.of("a", new ElementStatus(DeployState.DEPLOYED, LockState.LOCKED));
        assertEquals(Set.of("a"), RetryScope.targets(InstanceOrder.DEPLOY,
                failed(DeployState.DEPLOYING, LockState.NONE), deployed));
    }

    @Test
    void afterATimeoutOrSuccessEveryElementIsTargeted() {
        for (InstanceOrder order : InstanceOrder.values()) {
            for (StateChangeResult result : EnumSet.of(StateChangeResult.NO_ERROR, StateChangeResult.TIMEOUT)) {
                InstanceStatus status = new InstanceStatus(DeployState.DEPLOYING, LockState.LOCKING, SubState.NONE,
                        result);
                assertEquals(MIXED.keySet(), RetryScope.targets(order, status, MIXED), order + " after " + result);
            }
        }
    }

    @Test
    void otherOrdersTargetEveryElementEvenAfterAFailure() {
        for (InstanceOrder order : EnumSet.complementOf(EnumSet.of(InstanceOrder.DEPLOY, InstanceOrder.UNDEPLOY,
                InstanceOrder.LOCK, InstanceOrder.UNLOCK))) {
            assertEquals(MIXED.keySet(), RetryScope.targets(order, failed(DeployState.DEPLOYING, LockState.LOCKING),
                    MIXED), order.name());
        }
    }

    @Test
    void nothingIsTargetedWhenEveryElementOfARetryIsAlreadyThere() {
        Map<String, ElementStatus> deployed = new LinkedHashMap<>();
        deployed.put("a", new ElementStatus(DeployState.DEPLOYED, LockState.LOCKED));
        deployed.put("b", new ElementStatus(DeployState.DEPLOYED, LockState.LOCKED));
        assertTrue(RetryScope.targets(InstanceOrder.DEPLOY, failed(DeployState.DEPLOYING, LockState.NONE), deployed)
                .isEmpty());
    }
}
