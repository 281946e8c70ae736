package dev.acmr.participant.adapter.session;

import static dev.acmr.participant.adapter.view.CompositionFixtures.PARTICIPANT;
import static dev.acmr.participant.adapter.view.CompositionFixtures.REPLICA;
import static dev.acmr.participant.adapter.view.CompositionFixtures.SETTINGS;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E1;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E2;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E3;
import static dev.acmr.participant.adapter.view.InstanceFixtures.deploy;
import static dev.acmr.participant.adapter.view.InstanceFixtures.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceElementAcks;
import dev.acmr.messages.OperationResult;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.participant.adapter.view.InstanceView;
import dev.acmr.participant.api.ElementStageDto;
import dev.acmr.participant.api.ElementStateDto;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The acks of one dispatch leave together: all at once, on a failure, or when the linger ends. */
class DispatchAcksTest {

    private static final Duration LINGER = Duration.ofMillis(20);

    /** The tasks scheduled, run by the test when it lets the linger end. */
    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final List<ParticipantMessage> sent = new CopyOnWriteArrayList<>();
    private final InstanceView view = new InstanceView();
    private final InstanceReporter reporter = new InstanceReporter(
            new ParticipantMessages(SETTINGS, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), UUID::randomUUID), view,
            sent::add, (delay, task) -> {
                delays.add(delay);
                scheduled.add(task);
            }, LINGER);
    private final UUID id = UUID.randomUUID();
    private final UUID dispatch = UUID.randomUUID();

    @Test
    void theAcksOfEveryElementOfTheDispatchGoAsOneMessageInReportOrder() {
        view.holdOrdered(deploy(id, 7));
        reporter.ordered(id, 7, dispatch, List.of(E1, E2));

        deployed(E2, StateChangeResult.NO_ERROR);
        assertTrue(sent.isEmpty(), "held until its sibling reports");
        assertEquals(DeployState.DEPLOYED, view.get(id).orElseThrow().elements().get(E2).deployState(),
                "the view changes at report time");
        deployed(E1, StateChangeResult.NO_ERROR);

        assertEquals(1, sent.size());
        InstanceElementAcks batch = assertInstanceOf(InstanceElementAcks.class, sent.get(0));
        assertEquals(PARTICIPANT, batch.participantId());
        assertEquals(REPLICA, batch.replicaId());
        assertEquals(id, batch.instanceId());
        assertEquals(List.of(E2, E1), batch.acks().stream().map(InstanceElementAck::elementId).toList());
        assertTrue(batch.acks().get(0).reportSequence() < batch.acks().get(1).reportSequence());
        batch.acks().forEach(ack -> {
            assertEquals(dispatch, ack.dispatchId());
            assertEquals(7, ack.orderRevision());
        });

        scheduled.forEach(Runnable::run);
        assertEquals(1, sent.size(), "the linger finds nothing left to send");
    }

    @Test
    void aFailureGoesAtOnceWithWhatItsDispatchHolds() {
        view.holdOrdered(deploy(id, 7));
        reporter.ordered(id, 7, dispatch, List.of(E1, E2, E3));

        deployed(E1, StateChangeResult.NO_ERROR);
        deployed(E2, StateChangeResult.FAILED);

        assertEquals(1, sent.size());
        InstanceElementAcks batch = assertInstanceOf(InstanceElementAcks.class, sent.get(0));
        assertEquals(List.of(OperationResult.NO_ERROR, OperationResult.FAILED),
                batch.acks().stream().map(InstanceElementAck::result).toList());

        deployed(E3, StateChangeResult.NO_ERROR);
        assertEquals(List.of(E3), ((InstanceElementAcks) sent.get(1)).acks().stream()
                .map(InstanceElementAck::elementId).toList(), "the last element completes the dispatch");
    }

    @Test
    void aPartialBatchGoesWhenTheLingerEnds() {
        view.holdOrdered(deploy(id, 7));
        reporter.ordered(id, 7, dispatch, List.of(E1, E2));

        reporter.updateAutomationCompositionElementStage(new ElementStageDto(id, E1, "stage 0 done", 1, null));
        assertTrue(sent.isEmpty());
        assertEquals(List.of(LINGER), delays, "the first ack held starts the linger");

        scheduled.get(0).run();
        InstanceElementAcks early = assertInstanceOf(InstanceElementAcks.class, sent.get(0));
        assertEquals(1, early.acks().size());
        assertEquals(1, early.acks().get(0).stage());

        deployed(E2, StateChangeResult.NO_ERROR);
        assertEquals(2, sent.size(), "the rest of the dispatch goes once complete");
        assertEquals(E2, ((InstanceElementAcks) sent.get(1)).acks().get(0).elementId());
    }

    @Test
    void anAckOfNoKnownDispatchGoesAloneAtOnce() {
        view.holdOrdered(deploy(id, 7));
        reporter.ordered(id, 7);
        deployed(E1, StateChangeResult.NO_ERROR);
        assertInstanceOf(InstanceElementAck.class, sent.get(0), "an order with no dispatch id: an older runtime");

        reporter.ordered(id, 8, dispatch, List.of(E1));
        deployed(E2, StateChangeResult.NO_ERROR);
        assertInstanceOf(InstanceElementAck.class, sent.get(1), "an element the dispatch did not list");
        assertEquals(2, sent.size());
        assertTrue(scheduled.isEmpty(), "nothing held, nothing to linger over");
    }

    @Test
    void whatIsHeldIsSentWhenTheSessionStops() {
        view.holdOrdered(deploy(id, 7));
        reporter.ordered(id, 7, dispatch, List.of(E1, E2));
        deployed(E1, StateChangeResult.NO_ERROR);

        reporter.sendHeld();

        assertEquals(List.of(E1), ((InstanceElementAcks) sent.get(0)).acks().stream()
                .map(InstanceElementAck::elementId).toList());
        reporter.sendHeld();
        assertEquals(1, sent.size(), "sent once");
    }

    @Test
    void aLaterDispatchOfAnElementTakesItFromTheEarlierOne() {
        view.holdOrdered(deploy(id, 7));
        reporter.ordered(id, 7, dispatch, List.of(E1, E2));
        UUID moved = UUID.randomUUID();
        reporter.ordered(id, 7, moved, List.of(E2));

        deployed(E1, StateChangeResult.NO_ERROR);
        assertEquals(dispatch, ((InstanceElementAcks) sent.get(0)).acks().get(0).dispatchId(),
                "the earlier dispatch awaits E1 only now");
        deployed(E2, StateChangeResult.NO_ERROR);
        assertEquals(moved, ((InstanceElementAcks) sent.get(1)).acks().get(0).dispatchId());
    }

    @Test
    void theLastElementDeletedSendsWhatTheInstanceHolds() {
        view.apply(sync(id, 5, ElementDeployState.DELETING, ElementLockState.NONE));
        reporter.ordered(id, 5, dispatch, List.of(E1, E2, E3));
        reporter.deleteAutomationCompositionElementState(id, E1);
        reporter.deleteAutomationCompositionElementState(id, E2);

        assertTrue(view.get(id).isEmpty());
        InstanceElementAcks batch = assertInstanceOf(InstanceElementAcks.class, sent.get(0));
        assertEquals(List.of(E1, E2), batch.acks().stream().map(InstanceElementAck::elementId).toList());
        reporter.sendHeld();
        assertEquals(1, sent.size(), "nothing of the instance stays held");
    }

    @Test
    void aCompleteDispatchIsForgottenAndTheDefaultLingerIsShort() {
        assertEquals(Duration.ofMillis(20), DispatchAcks.LINGER);
        DispatchAcks acks = new DispatchAcks((delay, task) -> scheduled.add(task), LINGER,
                list -> new InstanceElementAcks(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, REPLICA, id, list),
                lingered -> { });
        acks.expect(id, dispatch, List.of(E1));
        assertEquals(1, acks.pendingCount());
        acks.add(ack(E1));
        assertEquals(0, acks.pendingCount(), "a complete dispatch is forgotten");

        acks.expect(id, dispatch, List.of(E1, E2));
        acks.expect(id, null, List.of(E1, E2));
        assertEquals(0, acks.pendingCount(), "an order naming no dispatch takes its elements from the earlier one");
        acks.expect(id, dispatch, List.of(E1, E2));
        acks.expect(UUID.randomUUID(), UUID.randomUUID(), List.of(E1, E2));
        assertEquals(2, acks.pendingCount(), "another instance's elements are others");
    }

    private InstanceElementAck ack(UUID element) {
        return new InstanceElementAck(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, REPLICA, id, element,
                ElementDeployState.DEPLOYED, null, OperationResult.NO_ERROR, "Deployed", null, null, Map.of(), 7,
                null, dispatch, 1);
    }

    private void deployed(UUID element, StateChangeResult result) {
        reporter.updateAutomationCompositionElementState(new ElementStateDto(id, element, DeployState.DEPLOYED,
                null, result, "msg", null, null, null));
    }
}
