package dev.acmr.participant.adapter.session;

import static dev.acmr.participant.adapter.view.CompositionFixtures.PARTICIPANT;
import static dev.acmr.participant.adapter.view.CompositionFixtures.REPLICA;
import static dev.acmr.participant.adapter.view.CompositionFixtures.SETTINGS;
import static dev.acmr.participant.adapter.view.InstanceFixtures.COMPOSITION;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E1;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E2;
import static dev.acmr.participant.adapter.view.InstanceFixtures.deploy;
import static dev.acmr.participant.adapter.view.InstanceFixtures.element;
import static dev.acmr.participant.adapter.view.InstanceFixtures.order;
import static dev.acmr.participant.adapter.view.InstanceFixtures.sync;
import static dev.acmr.participant.adapter.view.InstanceFixtures.twoElements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceOperation;
import dev.acmr.messages.InstanceOrder;
import dev.acmr.messages.InstanceSync;
import dev.acmr.messages.OperationResult;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.participant.adapter.inbound.EndpointDispatcher;
import dev.acmr.participant.adapter.view.InstanceView;
import dev.acmr.participant.adapter.view.ViewInstance;
import dev.acmr.participant.models.base.PfModelException;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.ElementState;
import dev.acmr.participant.models.dto.InstanceElementDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import jakarta.ejb.EJBException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Instance orders reach the listener once per element and order; syncs reach the view. */
class InstanceHandlerTest {

    private final List<ParticipantMessage> sent = new CopyOnWriteArrayList<>();
    private final List<Runnable> queued = new CopyOnWriteArrayList<>();
    private final InstanceView view = new InstanceView();
    private final FakeListener listener = new FakeListener();
    private final UUID id = UUID.randomUUID();

    private InstanceHandler handler(Executor workManager) {
        InstanceReporter reporter = new InstanceReporter(
                new ParticipantMessages(SETTINGS, Clock.systemUTC(), UUID::randomUUID), view, sent::add);
        return new InstanceHandler(SETTINGS, view, new EndpointDispatcher(listener.factory(), workManager), reporter);
    }

    @Test
    void deployCallsTheListenerOncePerElementWithTheDtosOfTheOrder() {
        handler(Runnable::run).onOrder(deploy(id, 7));
        assertEquals(List.of("deploy", "deploy"), listener.calls);
        CompositionElementDto c = (CompositionElementDto) listener.arguments.get(0)[0];
        assertEquals(new CompositionElementDto(COMPOSITION, new ToscaConceptIdentifier("sim1", "1.0.0"),
                Map.of("timeout", 10), Map.of("primed", true), ElementState.PRESENT), c);
        InstanceElementDto i = (InstanceElementDto) listener.arguments.get(0)[1];
        assertEquals(new InstanceElementDto(id, E1, Map.of("url", "http://one"), Map.of("InternalState", "old"),
                ElementState.PRESENT), i);
        assertEquals(E2, ((InstanceElementDto) listener.arguments.get(1)[1]).elementId());
        assertEquals("sim2", ((CompositionElementDto) listener.arguments.get(1)[0]).elementDefinitionId().getName());
        assertTrue(sent.isEmpty(), "the listener reports, not the adapter");
    }

    @Test
    void eachElementIsItsOwnWorkSoThatOnePhaseRunsInParallel() {
        handler(queued::add).onOrder(deploy(id, 7));
        assertEquals(2, queued.size());
        assertTrue(listener.calls.isEmpty());
        queued.forEach(Runnable::run);
        assertEquals(2, listener.calls.size());
    }

    @Test
    void eachOperationCallsItsOwnListenerMethod() {
        InstanceHandler handler = handler(Runnable::run);
        long revision = 1;
        for (InstanceOperation operation : List.of(InstanceOperation.DEPLOY, InstanceOperation.LOCK,
                InstanceOperation.UNLOCK, InstanceOperation.UNDEPLOY, InstanceOperation.DELETE)) {
            handler.onOrder(order(id, operation, revision++, List.of(element(E1, Map.of(), null,
                    ElementDeployState.DEPLOYED, ElementLockState.LOCKED))));
        }
        assertEquals(List.of("deploy", "lock", "unlock", "undeploy", "delete"), listener.calls);
    }

    @Test
    void updateGivesThePreviousAndTheNewProperties() {
        InstanceHandler handler = handler(Runnable::run);
        handler.onOrder(order(id, InstanceOperation.UPDATE, 4, List.of(element(E1, Map.of("url", "http://new"),
                Map.of("url", "http://before"), ElementDeployState.UPDATING, ElementLockState.LOCKED))));
        assertEquals(List.of("update"), listener.calls);
        assertEquals(Map.of("url", "http://before"), ((InstanceElementDto) listener.arguments.get(0)[1]).inProperties());
        assertEquals(Map.of("url", "http://new"), ((InstanceElementDto) listener.arguments.get(0)[2]).inProperties());
        assertEquals(Map.of("url", "http://new"), view.get(id).orElseThrow().elements().get(E1).properties());

        // Without previousProperties, the properties held before the order.
        view.apply(sync(id, 5, ElementDeployState.DEPLOYED, ElementLockState.LOCKED));
        handler.onOrder(order(id, InstanceOperation.UPDATE, 6, List.of(element(E1, Map.of("url", "http://newer"),
                null, ElementDeployState.UPDATING, ElementLockState.LOCKED))));
        assertEquals(Map.of("url", "http://one"), ((InstanceElementDto) listener.arguments.get(1)[1]).inProperties());
        assertEquals(Map.of("url", "http://newer"),
                ((InstanceElementDto) listener.arguments.get(1)[2]).inProperties());
    }

    @Test
    void theListenerReadsTheOrderedInstanceBackFromTheView() {
        List<ViewInstance> seen = new CopyOnWriteArrayList<>();
        listener.behaviour = (method, args) -> seen.add(view.get(id).orElseThrow());
        handler(Runnable::run).onOrder(deploy(id, 7));
        assertEquals(DeployState.DEPLOYING, seen.get(0).deployState());
        assertEquals(7, seen.get(0).revision());
        assertFalse(seen.get(0).confirmed());
        assertEquals(2, seen.get(0).elements().size());
        assertEquals(COMPOSITION, seen.get(0).compositionId());
    }

    @Test
    void theSameOrderTwiceCallsTheListenerOnceWhileRunningAndAfterwards() {
        InstanceHandler handler = handler(queued::add);
        InstanceOrder order = deploy(id, 7);
        handler.onOrder(order);
        handler.onOrder(order);
        assertEquals(2, queued.size(), "one work per element, not per delivery");
        List.copyOf(queued).forEach(Runnable::run);
        queued.clear();
        handler.onOrder(new InstanceOrder(UUID.randomUUID(), Instant.now(), PARTICIPANT, REPLICA, id, COMPOSITION,
                InstanceOperation.DEPLOY, 7, 0, twoElements(ElementDeployState.DEPLOYING, ElementLockState.NONE)));
        assertTrue(queued.isEmpty(), "a resent copy (new message id) is the same order");

        handler.onOrder(new InstanceOrder(UUID.randomUUID(), Instant.now(), PARTICIPANT, REPLICA, id, COMPOSITION,
                InstanceOperation.DEPLOY, 7, 1, twoElements(ElementDeployState.DEPLOYING, ElementLockState.NONE)));
        handler.onOrder(order(id, InstanceOperation.UNDEPLOY, 7, List.of()));
        handler.onOrder(deploy(id, 8));
        assertEquals(4, queued.size(), "another phase and a new revision are new orders");
    }

    @Test
    void workMovedBackToThisReplicaByALaterFailoverRunsAgain() {
        InstanceHandler handler = handler(queued::add);
        UUID first = UUID.randomUUID();
        handler.onOrder(dispatched(7, first));
        List.copyOf(queued).forEach(Runnable::run);
        queued.clear();
        handler.onOrder(dispatched(7, first));
        assertTrue(queued.isEmpty(), "the same dispatch delivered again is a repeat");
        handler.onOrder(dispatched(7, UUID.randomUUID()));
        assertEquals(2, queued.size(), "a new dispatch of the same revision and phase is new work");
    }

    @Test
    void everyAckEchoesTheDispatchOfTheOrderItsElementCameWith() {
        listener.behaviour = (method, args) -> {
            throw new PfModelException("no capacity");
        };
        UUID dispatch = UUID.randomUUID();
        handler(Runnable::run).onOrder(dispatched(7, dispatch));
        assertEquals(2, sent.size());
        for (ParticipantMessage message : sent) {
            InstanceElementAck ack = (InstanceElementAck) message;
            assertEquals(dispatch, ack.dispatchId());
            assertEquals(7, ack.orderRevision());
        }
    }

    private InstanceOrder dispatched(long revision, UUID dispatchId) {
        return new InstanceOrder(UUID.randomUUID(), Instant.now(), PARTICIPANT, REPLICA, id, COMPOSITION,
                InstanceOperation.DEPLOY, revision, 0, twoElements(ElementDeployState.DEPLOYING,
                        ElementLockState.NONE), dispatchId, null, List.of());
    }

    @Test
    void aListenerFailureIsAckedFailedWithItsMessageAndTheStateTheElementReturnsTo() {
        listener.behaviour = (method, args) -> {
            throw method.equals("deploy") ? new PfModelException("no capacity")
                    : new EJBException(new IllegalStateException(method + " broke"));
        };
        InstanceHandler handler = handler(Runnable::run);
        // The staged and sub operations: InstanceHandlerStagedTest.
        InstanceOperation[] operations = {InstanceOperation.DEPLOY, InstanceOperation.UNDEPLOY,
            InstanceOperation.LOCK, InstanceOperation.UNLOCK, InstanceOperation.DELETE, InstanceOperation.UPDATE};
        for (int n = 0; n < operations.length; n++) {
            handler.onOrder(order(id, operations[n], 10 + n, List.of(element(E1, Map.of(), Map.of(),
                    ElementDeployState.DEPLOYED, ElementLockState.LOCKED))));
        }
        assertEquals(operations.length, sent.size());
        assertFailed(0, ElementDeployState.UNDEPLOYED, null, "no capacity", 10);
        assertFailed(1, ElementDeployState.DEPLOYED, null, "undeploy broke", 11);
        assertFailed(2, null, ElementLockState.UNLOCKED, "lock broke", 12);
        assertFailed(3, null, ElementLockState.LOCKED, "unlock broke", 13);
        assertFailed(4, ElementDeployState.UNDEPLOYED, null, "delete broke", 14);
        assertFailed(5, ElementDeployState.DEPLOYED, null, "update broke", 15);
        assertEquals(StateChangeResult.FAILED, view.get(id).orElseThrow().stateChangeResult());
    }

    private void assertFailed(int index, ElementDeployState deploy, ElementLockState lock, String message,
            long revision) {
        InstanceElementAck ack = (InstanceElementAck) sent.get(index);
        assertEquals(id, ack.instanceId());
        assertEquals(E1, ack.elementId());
        assertEquals(deploy, ack.deployState());
        assertEquals(lock, ack.lockState());
        assertEquals(OperationResult.FAILED, ack.result());
        assertEquals(message, ack.message());
        assertEquals(revision, ack.orderRevision());
        assertEquals(Map.of("InternalState", "old"), ack.outProperties(),
                "a failure changes no data: the ack carries the element's out-properties as held");
    }

    @Test
    void anOrderToEveryReplicaOrAnotherOneIsNeverRun() {
        InstanceHandler handler = handler(Runnable::run);
        handler.onOrder(new InstanceOrder(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, null, id, COMPOSITION,
                InstanceOperation.DEPLOY, 3, 0, twoElements(ElementDeployState.DEPLOYING, ElementLockState.NONE)));
        handler.onOrder(new InstanceOrder(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, UUID.randomUUID(), id,
                COMPOSITION, InstanceOperation.DEPLOY, 3, 0, List.of()));
        handler.onOrder(new InstanceOrder(UUID.randomUUID(), Instant.EPOCH, UUID.randomUUID(), REPLICA, id,
                COMPOSITION, InstanceOperation.DEPLOY, 3, 0, List.of()));
        assertTrue(listener.calls.isEmpty());
        assertTrue(view.get(id).isEmpty());
    }

    @Test
    void syncsForEveryReplicaOrForThisOneApplyOthersDoNot() {
        InstanceHandler handler = handler(Runnable::run);
        handler.onSync(sync(id, 2, ElementDeployState.DEPLOYED, ElementLockState.LOCKED));
        assertEquals(2, view.get(id).orElseThrow().revision());
        handler.onSync(new InstanceSync(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT,
                UUID.randomUUID(), id, COMPOSITION, "x", "1", 3, null, null, null, true, List.of(), 0, null));
        handler.onSync(new InstanceSync(UUID.randomUUID(), Instant.EPOCH, UUID.randomUUID(),
                null, id, COMPOSITION, "x", "1", 3, null, null, null, true, List.of(), 0, null));
        assertEquals(2, view.get(id).orElseThrow().revision());
        assertTrue(listener.calls.isEmpty(), "a sync never calls the listener, as in ONAP");
    }
}
