package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.infrastructure.persistence.DatabaseClock;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.Completion;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.domain.MigrationState;
import dev.acmr.runtime.instance.domain.Pacing;
import dev.acmr.runtime.instance.domain.PhasePlan;
import dev.acmr.runtime.instance.domain.PhaseStep;
import dev.acmr.runtime.instance.repository.InstanceRepository;
import dev.acmr.runtime.metrics.OrderSettled;
import dev.acmr.runtime.participant.application.ParticipantMessageSender;
import dev.acmr.runtime.participant.dispatch.Assignment;
import dev.acmr.runtime.participant.dispatch.Dispatch;
import dev.acmr.runtime.participant.dispatch.DispatchOutcome;
import dev.acmr.runtime.participant.dispatch.DispatchService;
import dev.acmr.runtime.participant.dispatch.OperationDispatchRepository;
import dev.acmr.runtime.participant.dispatch.selection.ReplicaSelector;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves a running instance order on, in the caller's transaction on the locked instance row: sends the next start
 * phase or stage (or the single message) to one live replica of each participant with elements in it, or completes
 * the order once every element finished, and has every replica's view of the instance kept ({@link InstanceSyncs}).
 * The order and ack services share it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InstanceDispatcher {

    private static final Logger LOG = Logger.getLogger(InstanceDispatcher.class.getName());

    @Inject
    private InstanceRepository instances;

    @Inject
    private DatabaseClock clock;

    @Inject
    private OrderContents contents;

    @Inject
    private ReplicaSelector selector;

    @Inject
    private DispatchService dispatchService;

    @Inject
    private ParticipantMessageSender sender;

    @Inject
    private InstanceSyncs syncs;

    @Inject
    private OperationDispatchRepository dispatches;

    @Inject
    private Event<OrderSettled> settled;

    @Inject
    @ConfigProperty(name = "acm.instance.maxOperationWaitMs", defaultValue = "36000")
    private long defaultTimeoutMs;

    /** How long the running order may wait for the participants' acks of one message. */
    public Duration timeoutOf(AutomationCompositionInstance instance, InstanceOrder order) {
        return InstanceTimeouts.of(order,
                instance.elements().stream().map(InstanceElement::properties).toList(),
                Duration.ofMillis(defaultTimeoutMs));
    }

    /**
     * Sends what the running order needs next, or completes it. An order that FAILED waits for the user. A phase or
     * stage already sent is not sent again: only a new order (which forgets it) resends. Between stages every
     * replica of every participant is synced, so that any of them may run the next one.
     *
     * @param previousProperties for an UPDATE, the properties the elements had before it (when empty, the rollback
     *        snapshot's are sent)
     * @return whether the order completed (for a DELETE, the row is then gone)
     */
    public boolean advance(AutomationCompositionInstance instance, Map<UUID, Map<String, Object>> previousProperties) {
        Optional<InstanceOrder> running = instance.progress().runningOrder();
        if (running.isEmpty() || !Completion.isPossible(instance.status())) {
            return false;
        }
        InstanceOrder order = running.get();
        Pacing pacing = DispatchPlan.pacingOf(order, instance.status());
        Set<UUID> finished = instance.elements().finished();
        if (pacing.direction().isPresent()) {
            Integer lastSent = instance.progress().phase().orElse(null);
            Map<UUID, Integer> phases = phasesOf(instance, order, pacing);
            PhaseStep step = PhasePlan.step(phases, finished, pacing.direction().get(), lastSent);
            if (step instanceof PhaseStep.Send send) {
                Set<UUID> inPhase = PhasePlan.elementsIn(send.phase(), phases, finished);
                if (pacing.isByStage() && lastSent != null) {
                    syncs.syncToEveryReplica(instance);
                }
                send(instance, contents.contentOf(instance, order, Map.of()), send.phase(),
                        instance.elements().stream().filter(element -> inPhase.contains(element.id())).toList(),
                        Set.of());
                return false;
            }
            if (step instanceof PhaseStep.Await) {
                return false;
            }
            complete(instance);
            return true;
        }
        // One message (UPDATE, its revert, REVIEW, MIGRATE_PRECHECK): sent once, with every element of each
        // participant.
        if (finished.size() == instance.elements().size()) {
            complete(instance);
            return true;
        }
        if (instance.progress().phase().isEmpty()) {
            OrderContent content = contents.contentOf(instance, order, previousProperties);
            send(instance, content, 0, instance.elements().stream()
                    .filter(element -> !finished.contains(element.id())).toList(), addedParticipants(content));
        }
        return false;
    }

    /** The elements' start phases, or for a staged order the stage each is at. */
    Map<UUID, Integer> phasesOf(AutomationCompositionInstance instance, InstanceOrder order, Pacing pacing) {
        if (pacing.isByStartPhase()) {
            return instance.elements().startPhases();
        }
        return InstanceStages.current(instance, contents.definitionsOf(instance), order,
                pacing.direction().orElseThrow());
    }

    // A precheck asks the participants of the elements the migration would add too (ONAP), though it awaits only
    // the instance's own elements.
    private static Set<ParticipantId> addedParticipants(OrderContent content) {
        Set<ParticipantId> added = new LinkedHashSet<>();
        content.wouldBe().stream().filter(element -> element.migrationState() == MigrationState.NEW)
                .forEach(element -> added.add(element.participant()));
        return added;
    }

    private void send(AutomationCompositionInstance instance, OrderContent content, int phase,
            List<InstanceElement> elements, Set<ParticipantId> alsoAsked) {
        InstanceOrder order = instance.progress().runningOrder().orElseThrow();
        Map<ParticipantId, List<InstanceElement>> byParticipant =
                DispatchPlan.byParticipant(elements, InstanceElement::participant);
        alsoAsked.forEach(participant -> byParticipant.computeIfAbsent(participant, key -> new ArrayList<>()));
        // An order checks every participant first (409); a later phase finding one gone stops the order instead.
        Optional<ParticipantId> offline = byParticipant.keySet().stream()
                .filter(participant -> !selector.isLive(participant)).findFirst();
        if (offline.isPresent()) {
            String message = "Participant " + offline.get() + " is OFFLINE";
            boolean failedBefore = instance.status().stateChangeResult() == StateChangeResult.FAILED;
            instance.outcomes().elementFailed(byParticipant.get(offline.get()).stream().findFirst()
                    .orElse(instance.elements().get(0)), message, Instant.now());
            if (!failedBefore) {
                settled.fire(OrderSettled.of(instance.id(), order, instance.orderRevision(),
                        StateChangeResult.FAILED));
            }
            dispatches.settleAll(instance.id(), DispatchOutcome.FAILED);
            LOG.warning(() -> order + " of instance " + instance.id() + " FAILED at phase " + phase + ": " + message);
            syncs.syncToEveryReplica(instance);
            return;
        }
        // A later phase is decided while an ack is applied: it waits for a selectable replica rather than refuse
        // (which would roll the ack back); the first is decided while the order is accepted, which answers 409.
        boolean laterPhase = instance.progress().phase().isPresent();
        // The previous phase (or attempt) is over for every replica that ran it.
        dispatches.settleAll(instance.id(), DispatchOutcome.DONE);
        for (Map.Entry<ParticipantId, List<InstanceElement>> entry : byParticipant.entrySet()) {
            if (laterPhase) {
                sendOrWait(content, phase, entry.getKey(), entry.getValue());
            } else {
                sendTo(content, phase, entry.getKey(), entry.getValue());
            }
        }
        DatabaseClock.OrderTimes times = clock.orderTimes(timeoutOf(instance, order));
        instance.phaseSent(phase, times.startedAt(), times.deadline());
        LOG.info(() -> order + " of instance " + instance.id() + " phase " + phase + " sent to "
                + byParticipant.size() + " participant(s) for " + elements.size() + " element(s)");
    }

    /**
     * Sends one participant's elements of a phase or stage to one of its selectable replicas, recording the
     * dispatch.
     *
     * @throws dev.acmr.runtime.participant.dispatch.selection.NoLiveReplicaException if none may be selected
     */
    ReplicaAddress sendTo(OrderContent content, int phase, ParticipantId participant, List<InstanceElement> elements) {
        AutomationCompositionInstance instance = content.instance();
        InstanceOrder order = instance.progress().runningOrder().orElseThrow();
        Assignment assignment = dispatchService.assign(participant,
                new Dispatch(Dispatch.EntityKind.INSTANCE, instance.id(), order.name(), phase, instance.orderRevision()));
        sender.send(InstanceMessages.order(content, phase, assignment, elements));
        instance.outcomes().elementsDispatched(elements);
        return assignment.replica();
    }

    private void sendOrWait(OrderContent content, int phase, ParticipantId participant,
            List<InstanceElement> elements) {
        AutomationCompositionInstance instance = content.instance();
        InstanceOrder order = instance.progress().runningOrder().orElseThrow();
        dispatchService.assignOrWait(participant,
                new Dispatch(Dispatch.EntityKind.INSTANCE, instance.id(), order.name(), phase, instance.orderRevision()))
                .ifPresent(assignment -> sender.send(InstanceMessages.order(content, phase, assignment, elements)));
        instance.outcomes().elementsDispatched(elements);
    }

    private void complete(AutomationCompositionInstance instance) {
        InstanceOrder order = instance.progress().runningOrder().orElseThrow();
        instance.complete(Instant.now());
        settled.fire(OrderSettled.of(instance.id(), order, instance.orderRevision(),
                StateChangeResult.NO_ERROR));
        dispatches.settleAll(instance.id(), DispatchOutcome.DONE);
        LOG.info(() -> order + " of instance " + instance.id() + " completed: " + instance.status().describe());
        if (order == InstanceOrder.MIGRATE_PRECHECK) {
            instances.removePrecheck(instance.id());
        }
        syncs.syncToEveryReplica(instance);
        if (instance.isDeleted()) {
            instances.remove(instance);
        }
    }
}
