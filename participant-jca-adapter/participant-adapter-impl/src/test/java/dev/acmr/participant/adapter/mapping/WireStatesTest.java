package dev.acmr.participant.adapter.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.acmr.messages.CompositionState;
import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.ElementMigrationState;
import dev.acmr.messages.InstanceSubState;
import dev.acmr.messages.OperationResult;
import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.MigrationState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.concepts.SubState;
import org.junit.jupiter.api.Test;

/** Every state crosses the boundary both ways under its own name, and comes back as itself. */
class WireStatesTest {

    @Test
    void deployStatesMapByNameBothWays() {
        for (ElementDeployState wire : ElementDeployState.values()) {
            assertEquals(wire.name(), WireStates.toApi(wire).name());
            assertEquals(wire, WireStates.toWire(WireStates.toApi(wire)));
        }
        assertEquals(ElementDeployState.values().length, DeployState.values().length);
    }

    @Test
    void lockStatesMapByNameBothWays() {
        for (ElementLockState wire : ElementLockState.values()) {
            assertEquals(wire.name(), WireStates.toApi(wire).name());
            assertEquals(wire, WireStates.toWire(WireStates.toApi(wire)));
        }
        assertEquals(ElementLockState.values().length, LockState.values().length);
    }

    @Test
    void resultsAndCompositionStatesMapByNameBothWays() {
        for (OperationResult wire : OperationResult.values()) {
            assertEquals(wire.name(), WireStates.toApi(wire).name());
            assertEquals(wire, WireStates.toWire(WireStates.toApi(wire)));
        }
        for (CompositionState wire : CompositionState.values()) {
            assertEquals(wire.name(), WireStates.toApi(wire).name());
            assertEquals(wire, WireStates.toWire(WireStates.toApi(wire)));
        }
        assertEquals(StateChangeResult.values().length, OperationResult.values().length);
        assertEquals(AcTypeState.values().length, CompositionState.values().length);
    }

    @Test
    void migrationAndSubStatesMapByName() {
        for (ElementMigrationState wire : ElementMigrationState.values()) {
            assertEquals(wire.name(), WireStates.toApi(wire).name());
        }
        for (InstanceSubState wire : InstanceSubState.values()) {
            assertEquals(wire.name(), WireStates.toApi(wire).name());
        }
        assertEquals(MigrationState.values().length, ElementMigrationState.values().length);
        assertEquals(SubState.values().length, InstanceSubState.values().length);
        assertNull(WireStates.toApi((ElementMigrationState) null));
        assertNull(WireStates.toApi((InstanceSubState) null));
    }

    @Test
    void noStateStaysNoState() {
        assertNull(WireStates.toApi((ElementDeployState) null));
        assertNull(WireStates.toWire((DeployState) null));
        assertNull(WireStates.toApi((ElementLockState) null));
        assertNull(WireStates.toWire((LockState) null));
        assertNull(WireStates.toApi((OperationResult) null));
        assertNull(WireStates.toWire((StateChangeResult) null));
        assertNull(WireStates.toApi((CompositionState) null));
        assertNull(WireStates.toWire((AcTypeState) null));
    }
}
