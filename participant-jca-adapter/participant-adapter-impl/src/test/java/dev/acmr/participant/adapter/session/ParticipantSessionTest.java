package dev.acmr.participant.adapter.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.CompositionState;
import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.InstanceElement;
import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceElementAcks;
import dev.acmr.messages.InstanceOperation;
import dev.acmr.messages.InstanceOrder;
import dev.acmr.messages.InstanceSync;
import dev.acmr.messages.OperationResult;
import dev.acmr.messages.ParticipantCompositionSync;
import dev.acmr.messages.ParticipantDeregister;
import dev.acmr.messages.ParticipantPrime;
import dev.acmr.messages.ParticipantPrimeAck;
import dev.acmr.messages.ParticipantRegister;
import dev.acmr.messages.ParticipantRegisterAck;
import dev.acmr.messages.ParticipantStatus;
import dev.acmr.messages.ParticipantSyncRequest;
import dev.acmr.messages.PrimeOrder;
import dev.acmr.messages.SupportedElementType;
import dev.acmr.participant.adapter.config.ParticipantSettings;
import dev.acmr.participant.adapter.inbound.EndpointDispatcher;
import dev.acmr.participant.adapter.messaging.ChannelState;
import dev.acmr.participant.adapter.view.CompositionFixtures;
import dev.acmr.participant.adapter.view.InstanceFixtures;
import dev.acmr.participant.api.ElementStateDto;
import dev.acmr.participant.api.ParticipantConnectionStatus;
import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The registration state machine and heartbeat, driven tick by tick on the calling thread. */
class ParticipantSessionTest {

    private static final UUID PARTICIPANT = UUID.randomUUID();
    private static final UUID REPLICA = UUID.randomUUID();

    private final ParticipantSettings settings = new ParticipantSettings(PARTICIPANT, REPLICA, true,
            List.of(new SupportedElementType("Sim", "1.0.0")), Duration.ofSeconds(1));
    private final FakeChannel channel = new FakeChannel();
    private final ParticipantSession session = new ParticipantSession(settings, channel, Duration.ofMillis(1),
            Runnable::run, null, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), UUID::randomUUID);

    private ParticipantRegisterAck ackFor(UUID participant, UUID replica) {
        return new ParticipantRegisterAck(UUID.randomUUID(), Instant.EPOCH, participant, replica, UUID.randomUUID());
    }

    @Test
    void registersOnConnectAndOnEveryTickUntilAcknowledged() {
        session.requestConnect(); // as start() does, without a timer
        assertEquals(1, channel.count(ParticipantRegister.class));
        session.tick();
        session.tick();
        assertEquals(3, channel.count(ParticipantRegister.class));
        assertEquals(0, channel.count(ParticipantStatus.class));
        ParticipantRegister register = (ParticipantRegister) channel.last();
        assertEquals(PARTICIPANT, register.participantId());
        assertEquals(REPLICA, register.replicaId());
        assertEquals(settings.supportedElementTypes(), register.supportedElementTypes());
        assertFalse(session.status().registered());
    }

    @Test
    void ackForAnotherReplicaOrParticipantIsIgnored() {
        session.requestConnect();
        session.onMessage(ackFor(PARTICIPANT, UUID.randomUUID()));
        session.onMessage(ackFor(UUID.randomUUID(), REPLICA));
        session.tick();
        assertInstanceOf(ParticipantRegister.class, channel.last());
        assertFalse(session.status().registered());
    }

    @Test
    void ackSendsAStatusAtOnceAndStatusesFollow() {
        session.requestConnect();
        session.onMessage(ackFor(PARTICIPANT, REPLICA));
        assertInstanceOf(ParticipantStatus.class, channel.last());
        session.tick();
        session.tick();
        assertEquals(3, channel.count(ParticipantStatus.class));
        assertEquals(1, channel.count(ParticipantRegister.class));
        assertTrue(session.status().registered());
    }

    @Test
    void repeatedAckSendsNoExtraStatus() {
        session.requestConnect();
        session.onMessage(ackFor(PARTICIPANT, REPLICA));
        session.onMessage(ackFor(PARTICIPANT, REPLICA));
        assertEquals(1, channel.count(ParticipantStatus.class));
    }

    @Test
    void connectLoopRetriesUntilTheBrokerIsUpThenRegisters() {
        channel.unreachableAttempts = 2;
        session.requestConnect(); // the loop runs inline here, one attempt per (1 ms) reconnect interval
        assertEquals(3, channel.opens);
        assertEquals(ChannelState.CONNECTED, channel.state());
        assertEquals(1, channel.sent.size());
        assertInstanceOf(ParticipantRegister.class, channel.last());
    }

    @Test
    void closedChannelIsReopenedOnTheNextTick() {
        session.requestConnect();
        channel.state = ChannelState.CLOSED;
        session.tick();
        assertEquals(2, channel.opens);
        assertEquals(2, channel.count(ParticipantRegister.class));
    }

    @Test
    void reconnectingChannelIsLeftToOpenMq() {
        session.requestConnect();
        channel.state = ChannelState.RECONNECTING;
        int opens = channel.opens;
        int sent = channel.sent.size();
        session.tick();
        assertEquals(opens, channel.opens);
        assertEquals(sent, channel.sent.size());
        assertFalse(session.status().connected());
    }

    @Test
    void registrationSurvivesAReconnect() {
        session.requestConnect();
        session.onMessage(ackFor(PARTICIPANT, REPLICA));
        channel.state = ChannelState.CLOSED;
        session.onLost("broker gone for good");
        assertInstanceOf(ParticipantStatus.class, channel.last());
    }

    @Test
    void openMqsOwnReconnectAsksForAFullSync() {
        session.requestConnect();
        session.onMessage(ackFor(PARTICIPANT, REPLICA));
        channel.state = ChannelState.RECONNECTING;
        session.tick();
        channel.state = ChannelState.CONNECTED; // OpenMQ reconnected by itself: the connect loop never ran
        session.onRestored();
        assertEquals(1, channel.opens);
        assertEquals(1, channel.count(ParticipantSyncRequest.class));
    }

    @Test
    void reconnectBeforeRegistrationAsksForNothing() {
        session.requestConnect();
        session.onRestored();
        assertEquals(0, channel.count(ParticipantSyncRequest.class));
    }

    @Test
    void stopDeregistersOnceAndCloses() {
        session.requestConnect();
        session.stop(Duration.ofSeconds(1));
        session.stop(Duration.ofSeconds(1));
        assertEquals(1, channel.count(ParticipantDeregister.class));
        assertEquals(ChannelState.CLOSED, channel.state());
        int sent = channel.sent.size();
        session.tick();
        session.onLost("after stop");
        assertEquals(sent, channel.sent.size());
    }

    @Test
    void stopWhileDisconnectedSendsNothing() {
        session.stop(Duration.ofSeconds(1));
        assertEquals(0, channel.sent.size());
    }

    @Test
    void statusReportsIdentityAndState() {
        assertEquals(new ParticipantConnectionStatus(PARTICIPANT, REPLICA, false, false), session.status());
        session.requestConnect();
        session.onMessage(ackFor(PARTICIPANT, REPLICA));
        assertEquals(new ParticipantConnectionStatus(PARTICIPANT, REPLICA, true, true), session.status());
    }

    @Test
    void viewStartsEmpty() {
        assertTrue(session.view().automationCompositions().isEmpty());
        assertTrue(session.view().compositions().isEmpty());
        assertNull(session.view().automationComposition(UUID.randomUUID()));
    }

    @Test
    void compositionMessagesReachTheListenerAndTheViewAndReportsGoOut() {
        FakeListener listener = new FakeListener();
        ParticipantSession withListener = new ParticipantSession(settings, channel, Duration.ofMillis(1),
                Runnable::run, new EndpointDispatcher(listener.factory(), Runnable::run),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), UUID::randomUUID);
        withListener.requestConnect();
        UUID composition = UUID.randomUUID();
        withListener.onMessage(new ParticipantPrime(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, REPLICA,
                composition, PrimeOrder.PRIME, 1, CompositionFixtures.twoElements()));
        assertEquals(List.of("prime"), listener.calls);
        assertNotNull(withListener.view().composition(composition));

        withListener.compositionReports().updateCompositionState(composition, AcTypeState.PRIMED,
                StateChangeResult.NO_ERROR, "Primed");
        ParticipantPrimeAck ack = (ParticipantPrimeAck) channel.last();
        assertEquals(CompositionState.PRIMED, ack.compositionState());
        assertEquals(OperationResult.NO_ERROR, ack.result());

        withListener.onMessage(new ParticipantCompositionSync(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, null,
                composition, 2, CompositionState.PRIMED, true, List.of(), 0, null));
        assertTrue(withListener.view().compositions().isEmpty());
    }

    @Test
    void instanceMessagesReachTheListenerAndTheViewAndReportsGoOut() {
        FakeListener listener = new FakeListener();
        ParticipantSession withListener = new ParticipantSession(settings, channel, Duration.ofMillis(1),
                Runnable::run, new EndpointDispatcher(listener.factory(), Runnable::run),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), UUID::randomUUID);
        withListener.requestConnect();
        UUID instance = UUID.randomUUID();
        UUID composition = UUID.randomUUID();
        List<InstanceElement> elements = InstanceFixtures.twoElements(ElementDeployState.DEPLOYING,
                ElementLockState.NONE);
        withListener.onMessage(new InstanceOrder(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, REPLICA, instance,
                composition, InstanceOperation.DEPLOY, 3, 0, elements));
        assertEquals(List.of("deploy", "deploy"), listener.calls);
        assertEquals(2, withListener.view().automationComposition(instance).getElements().size());

        withListener.instanceReports().updateAutomationCompositionElementState(new ElementStateDto(instance,
                InstanceFixtures.E1, DeployState.DEPLOYED, null, StateChangeResult.NO_ERROR, "Deployed", null, null,
                null));
        InstanceElementAck ack = (InstanceElementAck) channel.last();
        assertEquals(ElementDeployState.DEPLOYED, ack.deployState());
        assertEquals(3, ack.orderRevision());

        withListener.onMessage(new InstanceSync(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, null, instance,
                composition, "i", "1", 4, ElementDeployState.DELETED, ElementLockState.NONE,
                OperationResult.NO_ERROR, true, List.of(), 0, null));
        assertTrue(withListener.view().automationCompositions().isEmpty());
    }

    @Test
    void aDispatchsAcksAreHeldTogetherAndSentBeforeTheDeregistrationOnStop() {
        FakeListener listener = new FakeListener();
        ParticipantSession withListener = new ParticipantSession(settings, channel, Duration.ofMillis(1),
                Runnable::run, new EndpointDispatcher(listener.factory(), Runnable::run),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), UUID::randomUUID);
        withListener.requestConnect(); // not started: no timer, so a linger runs at once
        java.util.concurrent.atomic.AtomicInteger lingers = new java.util.concurrent.atomic.AtomicInteger();
        UUID instance = UUID.randomUUID();
        withListener.onMessage(new InstanceOrder(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, REPLICA, instance,
                UUID.randomUUID(), InstanceOperation.DEPLOY, 3, 0,
                InstanceFixtures.twoElements(ElementDeployState.DEPLOYING, ElementLockState.NONE), UUID.randomUUID(),
                null, List.of()));
        withListener.instanceReports().updateAutomationCompositionElementState(new ElementStateDto(instance,
                InstanceFixtures.E1, DeployState.DEPLOYED, null, StateChangeResult.NO_ERROR, "Deployed", null, null,
                null));
        assertEquals(1, ((InstanceElementAcks) channel.last()).acks().size(),
                "without a timer the linger ends at once");

        // A timer whose lingers never end: what is held goes only when the session stops.
        java.util.Timer timer = new java.util.Timer(true) {
            @Override
            public void schedule(java.util.TimerTask task, long delay) {
                lingers.incrementAndGet();
            }
        };
        try {
            withListener.start(timer);
            withListener.onMessage(new InstanceOrder(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, REPLICA,
                    instance, UUID.randomUUID(), InstanceOperation.UNDEPLOY, 4, 0,
                    InstanceFixtures.twoElements(ElementDeployState.UNDEPLOYING, ElementLockState.NONE),
                    UUID.randomUUID(), null, List.of()));
            withListener.instanceReports().updateAutomationCompositionElementState(new ElementStateDto(instance,
                    InstanceFixtures.E2, DeployState.UNDEPLOYED, null, StateChangeResult.NO_ERROR, "Undeployed",
                    null, null, null));
            assertEquals(1, lingers.get(), "held, with its linger started");
            assertEquals(1, channel.count(InstanceElementAcks.class));
        } finally {
            withListener.stop(Duration.ofSeconds(1));
        }
        int deregister = channel.sent.size() - 1;
        assertInstanceOf(ParticipantDeregister.class, channel.sent.get(deregister));
        InstanceElementAcks last = (InstanceElementAcks) channel.sent.get(deregister - 1);
        assertEquals(List.of(InstanceFixtures.E2), last.acks().stream().map(InstanceElementAck::elementId).toList(),
                "sent on stop, before the deregistration");
        assertEquals(2, channel.count(InstanceElementAcks.class));
    }
}
