package dev.acmr.participant.adapter.session;

import static dev.acmr.participant.adapter.view.CompositionFixtures.PARTICIPANT;
import static dev.acmr.participant.adapter.view.CompositionFixtures.REPLICA;
import static dev.acmr.participant.adapter.view.CompositionFixtures.SETTINGS;
import static dev.acmr.participant.adapter.view.CompositionFixtures.sync;
import static dev.acmr.participant.adapter.view.CompositionFixtures.twoElements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.CompositionState;
import dev.acmr.messages.OperationResult;
import dev.acmr.messages.ParticipantDefinitionInfo;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantPrimeAck;
import dev.acmr.messages.PrimeOrder;
import dev.acmr.participant.adapter.view.CompositionView;
import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class CompositionReporterTest {

    private final List<ParticipantMessage> sent = new CopyOnWriteArrayList<>();
    private final CompositionView view = new CompositionView();
    private final CompositionReporter reporter = new CompositionReporter(
            new ParticipantMessages(SETTINGS, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), UUID::randomUUID), view,
            sent::add);
    private final UUID id = UUID.randomUUID();

    @Test
    void updateCompositionStateSendsAPrimeAckWithTheStatesMappedByName() {
        view.holdOrdered(id, 4, AcTypeState.PRIMING, twoElements());
        reporter.updateCompositionState(id, AcTypeState.PRIMED, StateChangeResult.NO_ERROR, "Primed");
        ParticipantPrimeAck ack = (ParticipantPrimeAck) sent.get(0);
        assertEquals(id, ack.compositionId());
        assertEquals(CompositionState.PRIMED, ack.compositionState());
        assertEquals(OperationResult.NO_ERROR, ack.result());
        assertEquals("Primed", ack.message());
        assertEquals(PARTICIPANT, ack.participantId());
        assertEquals(REPLICA, ack.replicaId());
        assertEquals(Instant.EPOCH, ack.timestamp());
        assertEquals(AcTypeState.PRIMED, view.get(id).orElseThrow().state());

        reporter.updateCompositionState(id, AcTypeState.COMMISSIONED, StateChangeResult.FAILED, "Deprime failed!");
        ParticipantPrimeAck failed = (ParticipantPrimeAck) sent.get(1);
        assertEquals(CompositionState.COMMISSIONED, failed.compositionState());
        assertEquals(OperationResult.FAILED, failed.result());
    }

    @Test
    void transitionalStatesTimeoutAndMissingValuesAreRefusedAndNothingIsSent() {
        IllegalArgumentException priming = assertThrows(IllegalArgumentException.class,
                () -> reporter.updateCompositionState(id, AcTypeState.PRIMING, StateChangeResult.NO_ERROR, "x"));
        assertTrue(priming.getMessage().contains("PRIMING"), priming.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> reporter.updateCompositionState(id, AcTypeState.DEPRIMING, StateChangeResult.FAILED, "x"));
        IllegalArgumentException timeout = assertThrows(IllegalArgumentException.class,
                () -> reporter.updateCompositionState(id, AcTypeState.PRIMED, StateChangeResult.TIMEOUT, "x"));
        assertTrue(timeout.getMessage().contains("TIMEOUT"), timeout.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> reporter.updateCompositionState(id, null, StateChangeResult.NO_ERROR, "x"));
        assertThrows(IllegalArgumentException.class,
                () -> reporter.updateCompositionState(id, AcTypeState.PRIMED, null, "x"));
        assertThrows(IllegalArgumentException.class,
                () -> reporter.updateCompositionState(null, AcTypeState.PRIMED, StateChangeResult.NO_ERROR, "x"));
        assertTrue(sent.isEmpty());
    }

    @Test
    void sendAcDefinitionInfoSendsAndUpdatesTheViewAtOnce() {
        view.apply(sync(id, 5, CompositionState.PRIMED, twoElements()));
        ToscaConceptIdentifier a = new ToscaConceptIdentifier("a", "1.2.3");
        reporter.sendAcDefinitionInfo(id, a, Map.of("list", List.of(Map.of("id", 10))));
        ParticipantDefinitionInfo info = (ParticipantDefinitionInfo) sent.get(0);
        assertEquals(id, info.compositionId());
        assertEquals("a", info.elementName());
        assertEquals("1.2.3", info.elementVersion());
        assertEquals(Map.of("list", List.of(Map.of("id", 10))), info.outProperties());
        assertEquals(REPLICA, info.replicaId());
        assertEquals(Map.of("list", List.of(Map.of("id", 10))),
                view.get(id).orElseThrow().toDto().outPropertiesMap().get(a));
    }

    @Test
    void sendAcDefinitionInfoForWhatTheViewDoesNotHoldIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> reporter.sendAcDefinitionInfo(id, new ToscaConceptIdentifier("a", "1.2.3"), Map.of()));
        view.apply(sync(id, 5, CompositionState.PRIMED, twoElements()));
        assertThrows(IllegalArgumentException.class,
                () -> reporter.sendAcDefinitionInfo(id, new ToscaConceptIdentifier("c", "1.0.0"), Map.of()));
        assertTrue(sent.isEmpty());
    }

    @Test
    void listenerFailureRevertsToTheStateBeforeTheOrder() {
        reporter.listenerFailed(id, PrimeOrder.PRIME, new IllegalStateException("boom"));
        reporter.listenerFailed(id, PrimeOrder.DEPRIME, new NullPointerException());
        ParticipantPrimeAck prime = (ParticipantPrimeAck) sent.get(0);
        assertEquals(CompositionState.COMMISSIONED, prime.compositionState());
        assertEquals(OperationResult.FAILED, prime.result());
        assertEquals("boom", prime.message());
        ParticipantPrimeAck deprime = (ParticipantPrimeAck) sent.get(1);
        assertEquals(CompositionState.PRIMED, deprime.compositionState());
        assertEquals(NullPointerException.class.getName(), deprime.message());
    }
}
