package dev.acmr.participant.adapter.participant;

import static dev.acmr.participant.adapter.participant.InstanceFixtures.COMPOSITION;
import static dev.acmr.participant.adapter.participant.InstanceFixtures.E1;
import static dev.acmr.participant.adapter.participant.InstanceFixtures.E2;
import static dev.acmr.participant.adapter.participant.InstanceFixtures.deleted;
import static dev.acmr.participant.adapter.participant.InstanceFixtures.deploy;
import static dev.acmr.participant.adapter.participant.InstanceFixtures.element;
import static dev.acmr.participant.adapter.participant.InstanceFixtures.order;
import static dev.acmr.participant.adapter.participant.InstanceFixtures.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.InstanceOperation;
import dev.acmr.participant.api.AutomationCompositionDto;
import dev.acmr.participant.api.DeployState;
import dev.acmr.participant.api.ElementState;
import dev.acmr.participant.api.InstanceElementDto;
import dev.acmr.participant.api.LockState;
import dev.acmr.participant.api.StateChangeResult;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Syncs apply in revision order, whatever order they arrive in; orders hold provisionally. */
class InstanceViewTest {

    private final InstanceView view = new InstanceView();
    private final UUID id = UUID.randomUUID();

    @Test
    void onlyANewerSyncApplies() {
        assertTrue(view.apply(sync(id, 5, ElementDeployState.DEPLOYED, ElementLockState.LOCKED)));
        assertFalse(view.apply(sync(id, 4, ElementDeployState.UNDEPLOYED, ElementLockState.NONE)), "older");
        assertFalse(view.apply(sync(id, 5, ElementDeployState.UNDEPLOYED, ElementLockState.NONE)), "duplicate");
        assertEquals(ElementDeployState.DEPLOYED, view.get(id).orElseThrow().deployState());
        assertTrue(view.apply(sync(id, 6, ElementDeployState.DEPLOYED, ElementLockState.UNLOCKED)));
        assertEquals(ElementLockState.UNLOCKED, view.get(id).orElseThrow().lockState());
    }

    @Test
    void aDeleteIsRememberedSoALateOlderSyncCannotBringTheInstanceBack() {
        view.apply(sync(id, 5, ElementDeployState.DEPLOYED, ElementLockState.LOCKED));
        assertTrue(view.apply(deleted(id, 7)));
        assertTrue(view.get(id).isEmpty());
        assertFalse(view.apply(sync(id, 6, ElementDeployState.DEPLOYED, ElementLockState.LOCKED)));
        assertFalse(view.holdOrdered(deploy(id, 6)), "nor a stale order");
        assertTrue(view.get(id).isEmpty());
        assertTrue(view.apply(sync(id, 8, ElementDeployState.UNDEPLOYED, ElementLockState.NONE)), "recreated");
    }

    @Test
    void anOrderHoldsProvisionallyUntilTheRuntimesSyncAtItsRevision() {
        view.apply(sync(id, 5, ElementDeployState.UNDEPLOYED, ElementLockState.NONE));
        assertTrue(view.holdOrdered(order(id, InstanceOperation.DEPLOY, 6, List.of(element(E1,
                Map.of("url", "http://ordered"), null, ElementDeployState.DEPLOYING, ElementLockState.NONE)))));
        ViewInstance held = view.get(id).orElseThrow();
        assertFalse(held.confirmed());
        assertEquals(6, held.revision());
        assertEquals(ElementDeployState.DEPLOYING, held.deployState());
        assertEquals("inst", held.name(), "what the order does not say is kept");
        assertEquals(Map.of("url", "http://ordered"), held.elements().get(E1).properties());
        assertEquals(Map.of("url", "http://two"), held.elements().get(E2).properties(), "unlisted elements stay");

        assertTrue(view.apply(sync(id, 6, ElementDeployState.DEPLOYED, ElementLockState.LOCKED)), "confirmed");
        assertTrue(view.get(id).orElseThrow().confirmed());
        assertFalse(view.apply(sync(id, 6, ElementDeployState.DEPLOYING, ElementLockState.NONE)));
        assertFalse(view.holdOrdered(deploy(id, 5)), "an order older than what is held");
        assertEquals(ElementDeployState.DEPLOYED, view.get(id).orElseThrow().deployState());
    }

    @Test
    void lockAndUnlockOrdersMoveTheLockState() {
        view.apply(sync(id, 5, ElementDeployState.DEPLOYED, ElementLockState.LOCKED));
        view.holdOrdered(order(id, InstanceOperation.UNLOCK, 6, List.of()));
        assertEquals(ElementLockState.UNLOCKING, view.get(id).orElseThrow().lockState());
        assertEquals(ElementDeployState.DEPLOYED, view.get(id).orElseThrow().deployState());
    }

    @Test
    void readersGetDeepCopiesWithTheApiStates() {
        view.apply(sync(id, 5, ElementDeployState.DEPLOYED, ElementLockState.LOCKED));
        AutomationCompositionDto dto = view.dto(id).orElseThrow();
        assertEquals(COMPOSITION, dto.compositionId());
        assertEquals("inst", dto.name());
        assertEquals("1.0.1", dto.version());
        assertEquals(DeployState.DEPLOYED, dto.deployState());
        assertEquals(LockState.LOCKED, dto.lockState());
        assertEquals(StateChangeResult.NO_ERROR, dto.stateChangeResult());
        InstanceElementDto e1 = dto.elements().get(E1);
        assertEquals(new InstanceElementDto(id, E1, Map.of("url", "http://one"), Map.of("InternalState", "old"),
                ElementState.PRESENT), e1);
        e1.outProperties().put("InternalState", "written by the participant");
        assertEquals("old", view.elementDto(id, E1).orElseThrow().outProperties().get("InternalState"));
        assertEquals(1, view.dtos().size());
        assertTrue(view.elementDto(id, UUID.randomUUID()).isEmpty());
        assertTrue(view.elementDto(id, null).isEmpty());
        assertTrue(view.dto(null).isEmpty());
    }
}
