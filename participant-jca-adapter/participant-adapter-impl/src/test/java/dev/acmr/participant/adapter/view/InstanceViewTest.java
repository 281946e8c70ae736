package dev.acmr.participant.adapter.view;

import static dev.acmr.participant.adapter.view.InstanceFixtures.COMPOSITION;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E1;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E2;
import static dev.acmr.participant.adapter.view.InstanceFixtures.deleted;
import static dev.acmr.participant.adapter.view.InstanceFixtures.deploy;
import static dev.acmr.participant.adapter.view.InstanceFixtures.element;
import static dev.acmr.participant.adapter.view.InstanceFixtures.order;
import static dev.acmr.participant.adapter.view.InstanceFixtures.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.InstanceOperation;
import dev.acmr.participant.models.concepts.AutomationComposition;
import dev.acmr.participant.models.concepts.AutomationCompositionElement;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.dto.ElementState;
import dev.acmr.participant.models.dto.InstanceElementDto;
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
        assertEquals(DeployState.DEPLOYED, view.get(id).orElseThrow().deployState());
        assertTrue(view.apply(sync(id, 6, ElementDeployState.DEPLOYED, ElementLockState.UNLOCKED)));
        assertEquals(LockState.UNLOCKED, view.get(id).orElseThrow().lockState());
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
        assertEquals(DeployState.DEPLOYING, held.deployState());
        assertEquals("inst", held.name(), "what the order does not say is kept");
        assertEquals(Map.of("url", "http://ordered"), held.elements().get(E1).properties());
        assertEquals(Map.of("url", "http://two"), held.elements().get(E2).properties(), "unlisted elements stay");

        assertTrue(view.apply(sync(id, 6, ElementDeployState.DEPLOYED, ElementLockState.LOCKED)), "confirmed");
        assertTrue(view.get(id).orElseThrow().confirmed());
        assertFalse(view.apply(sync(id, 6, ElementDeployState.DEPLOYING, ElementLockState.NONE)));
        assertFalse(view.holdOrdered(deploy(id, 5)), "an order older than what is held");
        assertEquals(DeployState.DEPLOYED, view.get(id).orElseThrow().deployState());
    }

    @Test
    void lockAndUnlockOrdersMoveTheLockState() {
        view.apply(sync(id, 5, ElementDeployState.DEPLOYED, ElementLockState.LOCKED));
        view.holdOrdered(order(id, InstanceOperation.UNLOCK, 6, List.of()));
        assertEquals(LockState.UNLOCKING, view.get(id).orElseThrow().lockState());
        assertEquals(DeployState.DEPLOYED, view.get(id).orElseThrow().deployState());
    }

    @Test
    void readersGetDeepCopiesWithTheApiStates() {
        view.apply(sync(id, 5, ElementDeployState.DEPLOYED, ElementLockState.LOCKED));
        UUID participant = UUID.randomUUID();
        AutomationComposition model = view.get(id).orElseThrow().toModel(participant);
        assertEquals(COMPOSITION, model.getCompositionId());
        assertEquals("inst", model.getName());
        assertEquals("1.0.1", model.getVersion());
        assertEquals(DeployState.DEPLOYED, model.getDeployState());
        assertEquals(LockState.LOCKED, model.getLockState());
        assertEquals(StateChangeResult.NO_ERROR, model.getStateChangeResult());
        AutomationCompositionElement e1 = model.getElements().get(E1);
        assertEquals(Map.of("url", "http://one"), e1.getProperties());
        assertEquals(Map.of("InternalState", "old"), e1.getOutProperties());
        assertEquals(participant, e1.getParticipantId());
        assertEquals(new InstanceElementDto(id, E1, Map.of("url", "http://one"), Map.of("InternalState", "old"),
                ElementState.PRESENT), view.element(id, E1).orElseThrow().toDto(id));
        e1.getOutProperties().put("InternalState", "written by the participant");
        assertEquals("old", view.element(id, E1).orElseThrow().toDto(id).outProperties().get("InternalState"));
        assertEquals(1, view.all().size());
        assertTrue(view.element(id, UUID.randomUUID()).isEmpty());
        assertTrue(view.element(id, null).isEmpty());
        assertTrue(view.get(null).isEmpty());
    }
}
