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

    @Test
    void aFailedDeployRetargetsOnlyTheElementsNotDeployed() {
        assertEquals(List.of("deploying", "undeployed"),
                List.copyOf(RetryScope.targets(InstanceOrder.DEPLOY, StateChangeResult.FAILED, MIXED)));
    }

    @Test
    void aFailedUndeployRetargetsOnlyTheElementsNotUndeployed() {
        assertEquals(Set.of("deployed-locked", "deployed-unlocked", "deploying"),
                RetryScope.targets(InstanceOrder.UNDEPLOY, StateChangeResult.FAILED, MIXED));
    }

    @Test
    void aFailedLockOrUnlockRetargetsOnlyTheElementsNotThere() {
        assertEquals(Set.of("deployed-unlocked", "deploying", "undeployed"),
                RetryScope.targets(InstanceOrder.LOCK, StateChangeResult.FAILED, MIXED));
        assertEquals(Set.of("deployed-locked", "deploying", "undeployed"),
                RetryScope.targets(InstanceOrder.UNLOCK, StateChangeResult.FAILED, MIXED));
    }

    @Test
    void afterATimeoutOrSuccessEveryElementIsTargeted() {
        for (InstanceOrder order : InstanceOrder.values()) {
            for (StateChangeResult result : EnumSet.of(StateChangeResult.NO_ERROR, StateChangeResult.TIMEOUT)) {
                assertEquals(MIXED.keySet(), RetryScope.targets(order, result, MIXED), order + " after " + result);
            }
        }
    }

    @Test
    void otherOrdersTargetEveryElementEvenAfterAFailure() {
        for (InstanceOrder order : EnumSet.complementOf(EnumSet.of(InstanceOrder.DEPLOY, InstanceOrder.UNDEPLOY,
                InstanceOrder.LOCK, InstanceOrder.UNLOCK))) {
            assertEquals(MIXED.keySet(), RetryScope.targets(order, StateChangeResult.FAILED, MIXED), order.name());
        }
    }

    @Test
    void nothingIsTargetedWhenEveryElementIsAlreadyThere() {
        var deployed = Map.of("a", new ElementStatus(DeployState.DEPLOYED, LockState.LOCKED));
        assertTrue(RetryScope.targets(InstanceOrder.DEPLOY, StateChangeResult.FAILED, deployed).isEmpty());
    }
}
