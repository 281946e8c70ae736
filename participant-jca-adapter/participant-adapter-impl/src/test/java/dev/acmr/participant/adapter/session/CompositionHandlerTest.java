package dev.acmr.participant.adapter.session;

import static dev.acmr.participant.adapter.view.CompositionFixtures.PARTICIPANT;
import static dev.acmr.participant.adapter.view.CompositionFixtures.REPLICA;
import static dev.acmr.participant.adapter.view.CompositionFixtures.SETTINGS;
import static dev.acmr.participant.adapter.view.CompositionFixtures.prime;
import static dev.acmr.participant.adapter.view.CompositionFixtures.sync;
import static dev.acmr.participant.adapter.view.CompositionFixtures.twoElements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.CompositionState;
import dev.acmr.messages.OperationResult;
import dev.acmr.messages.ParticipantCompositionSync;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantPrime;
import dev.acmr.messages.ParticipantPrimeAck;
import dev.acmr.messages.PrimeOrder;
import dev.acmr.participant.adapter.inbound.EndpointDispatcher;
import dev.acmr.participant.adapter.view.CompositionView;
import dev.acmr.participant.adapter.view.ViewComposition;
import dev.acmr.participant.models.base.PfModelException;
import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import jakarta.ejb.EJBException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Prime and deprime orders reach the listener once each; syncs reach the view. */
class CompositionHandlerTest {

    private final List<ParticipantMessage> sent = new CopyOnWriteArrayList<>();
    private final List<Runnable> queued = new CopyOnWriteArrayList<>();
    private final CompositionView view = new CompositionView();
    private final FakeListener listener = new FakeListener();
    private final UUID id = UUID.randomUUID();

    private CompositionHandler handler(Executor workManager) {
        CompositionReporter reporter = new CompositionReporter(
                new ParticipantMessages(SETTINGS, Clock.systemUTC(), UUID::randomUUID), view, sent::add);
        return new CompositionHandler(SETTINGS, view, new EndpointDispatcher(listener.factory(), workManager),
                reporter);
    }

    private void runQueued() {
        List<Runnable> tasks = List.copyOf(queued);
        queued.clear();
        tasks.forEach(Runnable::run);
    }

    @Test
    void primeCallsTheListenerWithTheCompositionByDefinitionId() {
        handler(Runnable::run).onPrime(prime(id, PrimeOrder.PRIME, 3));
        assertEquals(List.of("prime"), listener.calls);
        CompositionDto composition = listener.compositions.get(0);
        assertEquals(id, composition.compositionId());
        ToscaConceptIdentifier a = new ToscaConceptIdentifier("a", "1.2.3");
        ToscaConceptIdentifier b = new ToscaConceptIdentifier("b", "1.0.0");
        assertEquals(Map.of("url", "http://x", "port", 80), composition.inPropertiesMap().get(a));
        Map<String, Object> outProperties = new HashMap<>();
        outProperties.put("kept", "yes");
        outProperties.put("unset", null);
        assertEquals(outProperties, composition.outPropertiesMap().get(a));
        assertEquals(Map.of(), composition.inPropertiesMap().get(b));
        assertEquals(Map.of(), composition.outPropertiesMap().get(b));
        assertEquals(2, composition.inPropertiesMap().size());
        assertTrue(sent.isEmpty(), "the listener reports, not the adapter");
    }

    @Test
    void theListenerReadsThePrimingCompositionBackFromTheView() {
        List<ViewComposition> seen = new CopyOnWriteArrayList<>();
        listener.behaviour = (method, args) -> seen.add(view.get(id).orElseThrow());
        handler(Runnable::run).onPrime(prime(id, PrimeOrder.PRIME, 3));
        handler(Runnable::run).onPrime(prime(id, PrimeOrder.DEPRIME, 4));
        assertEquals(List.of("prime", "deprime"), listener.calls);
        assertEquals(AcTypeState.PRIMING, seen.get(0).state());
        assertEquals(3, seen.get(0).revision());
        assertEquals(2, seen.get(0).elements().size());
        assertEquals(AcTypeState.DEPRIMING, seen.get(1).state());
    }

    @Test
    void theSameOrderTwiceCallsTheListenerOnceWhileRunningAndAfterwards() {
        CompositionHandler handler = handler(queued::add);
        ParticipantPrime order = prime(id, PrimeOrder.PRIME, 3);
        handler.onPrime(order);
        handler.onPrime(order); // while the first call has not even started
        assertEquals(1, queued.size());
        runQueued();
        handler.onPrime(order); // after it ran
        handler.onPrime(new ParticipantPrime(UUID.randomUUID(), Instant.now(), PARTICIPANT, REPLICA, id,
                PrimeOrder.PRIME, 3, twoElements())); // a resent copy: same order, new message id
        assertTrue(queued.isEmpty());
        assertEquals(List.of("prime"), listener.calls);

        handler.onPrime(prime(id, PrimeOrder.DEPRIME, 3)); // another order of the same revision
        handler.onPrime(prime(id, PrimeOrder.PRIME, 5)); // a new prime (new revision)
        runQueued();
        assertEquals(List.of("prime", "deprime", "prime"), listener.calls);
    }

    @Test
    void aPrimeMovedBackToThisReplicaByALaterFailoverRunsAgainAndItsAckNamesTheNewDispatch() {
        listener.behaviour = (method, args) -> {
            throw new PfModelException("no capacity");
        };
        CompositionHandler handler = handler(Runnable::run);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        handler.onPrime(dispatched(first));
        handler.onPrime(dispatched(first));
        handler.onPrime(dispatched(second));
        assertEquals(List.of("prime", "prime"), listener.calls, "a repeat once, a new dispatch again");
        assertEquals(first, ((ParticipantPrimeAck) sent.get(0)).dispatchId());
        assertEquals(second, ((ParticipantPrimeAck) sent.get(1)).dispatchId());
    }

    private ParticipantPrime dispatched(UUID dispatchId) {
        return new ParticipantPrime(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, REPLICA, id, PrimeOrder.PRIME, 3,
                twoElements(), dispatchId);
    }

    @Test
    void listenerFailureIsAckedFailedWithItsMessageAndTheStateBeforeTheOrder() {
        listener.behaviour = (method, args) -> {
            throw method.equals("prime") ? new PfModelException("no capacity")
                    : new EJBException(new IllegalStateException("deprime broke"));
        };
        CompositionHandler handler = handler(Runnable::run);
        handler.onPrime(prime(id, PrimeOrder.PRIME, 3));
        handler.onPrime(prime(id, PrimeOrder.DEPRIME, 4));
        assertEquals(2, sent.size());
        ParticipantPrimeAck prime = (ParticipantPrimeAck) sent.get(0);
        assertEquals(id, prime.compositionId());
        assertEquals(CompositionState.COMMISSIONED, prime.compositionState());
        assertEquals(OperationResult.FAILED, prime.result());
        assertEquals("no capacity", prime.message());
        assertEquals(3, prime.orderRevision(), "an ack names the order it answers");
        ParticipantPrimeAck deprime = (ParticipantPrimeAck) sent.get(1);
        assertEquals(4, deprime.orderRevision());
        assertEquals(CompositionState.PRIMED, deprime.compositionState());
        assertEquals(OperationResult.FAILED, deprime.result());
        assertEquals("deprime broke", deprime.message(), "the container's EJBException is taken off");
        assertEquals(AcTypeState.DEPRIMING, view.get(id).orElseThrow().state(), "FAILED keeps the order's state");
    }

    @Test
    void anOrderToEveryReplicaIsNeverRun() {
        handler(Runnable::run).onPrime(new ParticipantPrime(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, null, id,
                PrimeOrder.PRIME, 3, twoElements()));
        handler(Runnable::run).onPrime(new ParticipantPrime(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT,
                UUID.randomUUID(), id, PrimeOrder.PRIME, 3, twoElements()));
        assertTrue(listener.calls.isEmpty());
        assertTrue(view.get(id).isEmpty());
    }

    @Test
    void syncsForEveryReplicaOrForThisOneApplyOthersDoNot() {
        CompositionHandler handler = handler(Runnable::run);
        handler.onSync(sync(id, 2, CompositionState.PRIMED, twoElements()));
        assertEquals(2, view.get(id).orElseThrow().revision());
        handler.onSync(new ParticipantCompositionSync(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, REPLICA, id, 3,
                CompositionState.PRIMED, false, twoElements(), 0, null));
        assertEquals(3, view.get(id).orElseThrow().revision());
        handler.onSync(new ParticipantCompositionSync(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT,
                UUID.randomUUID(), id, 4, CompositionState.PRIMED, true, List.of(), 0, null));
        handler.onSync(new ParticipantCompositionSync(UUID.randomUUID(), Instant.EPOCH, UUID.randomUUID(), null, id,
                5, CompositionState.PRIMED, true, List.of(), 0, null));
        assertEquals(3, view.get(id).orElseThrow().revision());
        assertTrue(listener.calls.isEmpty(), "a sync never calls the listener, as in ONAP");
    }
}
