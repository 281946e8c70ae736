package dev.acmr.runtime.instance.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.runtime.instance.domain.DeployState;
import dev.acmr.runtime.instance.domain.LockState;
import org.junit.jupiter.api.Test;

class InstanceMessagesTest {

    @Test
    void everyDeployStateCrossesTheWireBothWays() {
        for (DeployState state : DeployState.values()) {
            assertEquals(state, InstanceMessages.domain(InstanceMessages.wire(state)));
        }
        assertEquals(DeployState.values().length, ElementDeployState.values().length);
    }

    @Test
    void everyLockStateCrossesTheWireBothWays() {
        for (LockState state : LockState.values()) {
            assertEquals(state, InstanceMessages.domain(InstanceMessages.wire(state)));
        }
        assertEquals(LockState.values().length, ElementLockState.values().length);
    }
}
