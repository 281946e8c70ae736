package dev.acmr.participant.adapter.session;

import static dev.acmr.participant.adapter.view.CompositionFixtures.PARTICIPANT;
import static dev.acmr.participant.adapter.view.CompositionFixtures.REPLICA;
import static dev.acmr.participant.adapter.view.CompositionFixtures.SETTINGS;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E1;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E2;
import static dev.acmr.participant.adapter.view.InstanceFixtures.deploy;
import static dev.acmr.participant.adapter.view.InstanceFixtures.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceElementInfo;
import dev.acmr.messages.OperationResult;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.participant.adapter.view.InstanceView;
import dev.acmr.participant.adapter.view.ViewInstance;
import dev.acmr.participant.adapter.view.ViewInstanceElement;
import dev.acmr.participant.api.ElementStageDto;
import dev.acmr.participant.api.ElementStateDto;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class InstanceReporterTest {

    private final List<ParticipantMessage> sent = new CopyOnWriteArrayList<>();
    private final InstanceView view = new InstanceView();
    private final InstanceReporter reporter = new InstanceReporter(
            new ParticipantMessages(SETTINGS, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), UUID::randomUUID), view,
            sent::add);
    private final UUID id = UUID.randomUUID();

    private static ElementStateDto state(UUID instance, UUID element, DeployState deploy, LockState lock,
            StateChangeResult result) {
        return new ElementStateDto(instance, element, deploy, lock, result, "msg", null, null, null);
    }

    @Test
    void aReportIsAnAckWithTheStatesMappedByNameAndTheRevisionOfTheLastOrder() {
        view.holdOrdered(deploy(id, 7));
        reporter.updateAutomationCompositionElementState(state(id, E1, DeployState.DEPLOYED, null,
                StateChangeResult.NO_ERROR));
        assertEquals(0, ((InstanceElementAck) sent.get(0)).orderRevision(), "no order received yet");
        reporter.ordered(id, 7);
        reporter.updateAutomationCompositionElementState(new ElementStateDto(id, E2, DeployState.DEPLOYED, null,
                StateChangeResult.NO_ERROR, "Deployed", "IDLE", "ENABLED", Map.of("InternalState", "DEPLOYED")));
        InstanceElementAck ack = (InstanceElementAck) sent.get(1);
        assertEquals(PARTICIPANT, ack.participantId());
        assertEquals(REPLICA, ack.replicaId());
        assertEquals(id, ack.instanceId());
        assertEquals(E2, ack.elementId());
        assertEquals(ElementDeployState.DEPLOYED, ack.deployState());
        assertNull(ack.lockState());
        assertEquals(OperationResult.NO_ERROR, ack.result());
        assertEquals("Deployed", ack.message());
        assertEquals("IDLE", ack.useState());
        assertEquals("ENABLED", ack.operationalState());
        assertEquals(Map.of("InternalState", "DEPLOYED"), ack.outProperties());
        assertEquals(7, ack.orderRevision());

        ViewInstance instance = view.get(id).orElseThrow();
        assertEquals(DeployState.DEPLOYED, instance.deployState(), "every element is DEPLOYED now");
        assertEquals(LockState.LOCKED, instance.elements().get(E2).lockState(), "a deployed element locks");
        assertEquals("ENABLED", instance.elements().get(E2).operationalState());
        assertEquals(Map.of("InternalState", "DEPLOYED"), instance.elements().get(E2).outProperties());

        reporter.updateAutomationCompositionElementState(state(id, E1, null, LockState.UNLOCKED,
                StateChangeResult.FAILED));
        InstanceElementAck lock = (InstanceElementAck) sent.get(2);
        assertEquals(ElementLockState.UNLOCKED, lock.lockState());
        assertNull(lock.deployState());
        assertEquals(OperationResult.FAILED, lock.result());
        assertEquals(LockState.LOCKED, view.get(id).orElseThrow().elements().get(E1).lockState(),
                "FAILED changes no state");
        assertEquals(StateChangeResult.FAILED, view.get(id).orElseThrow().stateChangeResult());
    }

    @Test
    void invalidReportsAreRefusedAndNothingIsSent() {
        List<ElementStateDto> invalid = List.of(
                state(null, E1, DeployState.DEPLOYED, null, StateChangeResult.NO_ERROR),
                state(id, null, DeployState.DEPLOYED, null, StateChangeResult.NO_ERROR),
                state(id, E1, null, null, StateChangeResult.NO_ERROR),
                state(id, E1, DeployState.DEPLOYED, LockState.LOCKED, StateChangeResult.NO_ERROR),
                state(id, E1, DeployState.DEPLOYING, null, StateChangeResult.NO_ERROR),
                state(id, E1, DeployState.UPDATING, null, StateChangeResult.NO_ERROR),
                state(id, E1, null, LockState.LOCKING, StateChangeResult.NO_ERROR),
                state(id, E1, null, LockState.NONE, StateChangeResult.NO_ERROR),
                state(id, E1, DeployState.DEPLOYED, null, StateChangeResult.TIMEOUT),
                state(id, E1, DeployState.DEPLOYED, null, null));
        for (ElementStateDto state : invalid) {
            assertThrows(IllegalArgumentException.class, () -> reporter.updateAutomationCompositionElementState(state),
                    state::toString);
        }
        assertThrows(IllegalArgumentException.class, () -> reporter.updateAutomationCompositionElementState(null));
        assertTrue(sent.isEmpty());
    }

    @Test
    void aValidReportOnAnInstanceNotHeldIsStillSent() {
        reporter.updateAutomationCompositionElementState(state(id, E1, DeployState.UNDEPLOYED, null,
                StateChangeResult.NO_ERROR));
        assertEquals(1, sent.size());
        assertTrue(view.get(id).isEmpty(), "and the view is left alone");
    }

    @Test
    void deletedRemovesTheElementAndTheInstanceWithItsLastElement() {
        view.apply(sync(id, 5, ElementDeployState.DELETING, ElementLockState.NONE));
        reporter.ordered(id, 5);
        reporter.updateAutomationCompositionElementState(state(id, E1, DeployState.DELETED, null,
                StateChangeResult.NO_ERROR));
        assertEquals(List.of(E2), List.copyOf(view.get(id).orElseThrow().elements().keySet()));
        reporter.updateAutomationCompositionElementState(state(id, E2, DeployState.DELETED, null,
                StateChangeResult.NO_ERROR));
        assertTrue(view.get(id).isEmpty());
        assertEquals(5, ((InstanceElementAck) sent.get(1)).orderRevision());
        view.apply(sync(id, 5, ElementDeployState.DELETING, ElementLockState.NONE));
        assertTrue(view.get(id).isEmpty(), "a late copy of the sync it was deleted after cannot bring it back");
    }

    @Test
    void undeployedClearsTheLockState() {
        view.apply(sync(id, 5, ElementDeployState.UNDEPLOYING, ElementLockState.LOCKED));
        reporter.updateAutomationCompositionElementState(state(id, E1, DeployState.UNDEPLOYED, null,
                StateChangeResult.NO_ERROR));
        assertEquals(LockState.NONE, view.get(id).orElseThrow().elements().get(E1).lockState());
        assertEquals(DeployState.UNDEPLOYING, view.get(id).orElseThrow().deployState(),
                "not every element is UNDEPLOYED yet");
    }

    @Test
    void elementInfoIsSentAndChangesTheViewAtOnce() {
        view.apply(sync(id, 5, ElementDeployState.DEPLOYED, ElementLockState.LOCKED));
        Map<String, Object> outProperties = new HashMap<>(Map.of("InternalState", "DEPLOYED"));
        reporter.sendAcElementInfo(id, E1, "IDLE", "ENABLED", outProperties);
        outProperties.put("later", "write");
        InstanceElementInfo info = (InstanceElementInfo) sent.get(0);
        assertEquals(id, info.instanceId());
        assertEquals(E1, info.elementId());
        assertEquals("IDLE", info.useState());
        assertEquals("ENABLED", info.operationalState());
        assertEquals(Map.of("InternalState", "DEPLOYED"), info.outProperties());
        ViewInstanceElement element = view.get(id).orElseThrow().elements().get(E1);
        assertEquals(Map.of("InternalState", "DEPLOYED"), element.outProperties());
        assertEquals("IDLE", element.useState());
        assertEquals(5, view.get(id).orElseThrow().revision(), "the revision stays: the runtime's sync applies");

        assertThrows(IllegalArgumentException.class, () -> reporter.sendAcElementInfo(id, UUID.randomUUID(), null,
                null, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> reporter.sendAcElementInfo(UUID.randomUUID(), E1, null,
                null, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> reporter.sendAcElementInfo(null, E1, null, null, null));
        assertEquals(1, sent.size());
    }

    @Test
    void aStageReportIsAnAckWithTheNextStageAndTheOrdersRevisionAndDispatch() {
        view.apply(sync(id, 5, ElementDeployState.MIGRATING, ElementLockState.LOCKED));
        UUID dispatch = UUID.randomUUID();
        reporter.ordered(id, 6, dispatch, List.of(E1));
        reporter.updateAutomationCompositionElementStage(new ElementStageDto(id, E1, "stage 0 Migrated", 1, "IDLE",
                null, Map.of("stage", List.of(0))));
        InstanceElementAck ack = (InstanceElementAck) sent.get(0);
        assertEquals(1, ack.stage());
        assertEquals(OperationResult.NO_ERROR, ack.result());
        assertEquals(ElementDeployState.MIGRATING, ack.deployState());
        assertEquals(ElementLockState.LOCKED, ack.lockState());
        assertEquals("IDLE", ack.useState());
        assertEquals(Map.of("stage", List.of(0)), ack.outProperties());
        assertEquals(6, ack.orderRevision());
        assertEquals(dispatch, ack.dispatchId());
        ViewInstanceElement element = view.get(id).orElseThrow().elements().get(E1);
        assertEquals(1, element.stage());
        assertEquals(DeployState.MIGRATING, element.deployState(), "a stage ends nothing");

        reporter.updateAutomationCompositionElementState(state(id, E1, DeployState.DEPLOYED, null,
                StateChangeResult.NO_ERROR));
        assertNull(((InstanceElementAck) sent.get(1)).stage(), "a final state names no stage");
        assertEquals(dispatch, ((InstanceElementAck) sent.get(1)).dispatchId());
    }

    @Test
    void aStageReportOnAnElementNotHeldIsStillSentAndIncompleteOnesAreRefused() {
        reporter.updateAutomationCompositionElementStage(new ElementStageDto(id, E1, "stage 0 Prepared", 2, null));
        InstanceElementAck ack = (InstanceElementAck) sent.get(0);
        assertEquals(2, ack.stage());
        assertNull(ack.deployState());
        assertNull(ack.dispatchId());
        assertThrows(IllegalArgumentException.class, () -> reporter.updateAutomationCompositionElementStage(
                new ElementStageDto(null, E1, "x", 1, null)));
        assertThrows(IllegalArgumentException.class, () -> reporter.updateAutomationCompositionElementStage(null));
        assertEquals(1, sent.size());
    }

    @Test
    void everyReportCarriesAHigherSequenceThanTheOneBefore() throws InterruptedException {
        view.holdOrdered(deploy(id, 7));
        reporter.ordered(id, 7);
        List<Thread> pushers = new java.util.ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            Thread pusher = new Thread(() -> {
                for (int value = 0; value < 50; value++) {
                    reporter.sendAcElementInfo(id, E1, null, null, Map.of("value", value));
                }
            });
            pusher.start();
            pushers.add(pusher);
        }
        for (Thread pusher : pushers) {
            pusher.join();
        }
        reporter.updateAutomationCompositionElementState(state(id, E1, DeployState.DEPLOYED, null,
                StateChangeResult.NO_ERROR));
        long previous = 0;
        for (ParticipantMessage message : sent) {
            long sequence = message instanceof InstanceElementAck ack ? ack.reportSequence()
                    : ((InstanceElementInfo) message).reportSequence();
            assertTrue(sequence > previous, "sent in the order numbered: " + sequence + " after " + previous);
            previous = sequence;
        }
        InstanceElementInfo last = (InstanceElementInfo) sent.get(sent.size() - 2);
        assertEquals(last.outProperties(), view.get(id).orElseThrow().elements().get(E1).outProperties(),
                "the highest numbered info carries what the view holds");
    }

    @Test
    void aRestartedReplicaNumbersAboveWhatItSentBefore() {
        Clock earlier = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        Clock later = Clock.fixed(Instant.parse("2026-01-01T00:00:01Z"), ZoneOffset.UTC);
        ParticipantMessages first = new ParticipantMessages(SETTINGS, earlier, UUID::randomUUID);
        long sentBefore = 0;
        for (int report = 0; report < 500; report++) {
            sentBefore = first.elementInfo(id, E1, null, null, Map.of()).reportSequence();
        }
        long afterRestart = new ParticipantMessages(SETTINGS, later, UUID::randomUUID)
                .elementInfo(id, E1, null, null, Map.of()).reportSequence();
        assertTrue(afterRestart > sentBefore, afterRestart + " > " + sentBefore);
    }
}
