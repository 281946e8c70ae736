package dev.acmr.runtime.composition.priming;

import dev.acmr.messages.ElementOutProperties;
import dev.acmr.messages.OperationResult;
import dev.acmr.messages.ParticipantDefinitionInfo;
import dev.acmr.messages.ParticipantPrimeAck;
import dev.acmr.runtime.composition.domain.AcTypeState;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.PrimeOrder;
import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.metrics.OrderSettled;
import dev.acmr.runtime.participant.dispatch.DispatchOutcome;
import dev.acmr.runtime.participant.dispatch.ReplicaFence;
import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies what participants report about compositions: prime and deprime outcomes, and element out-properties.
 *
 * <p>Idempotent by construction: the composition row is locked, and an ack only moves elements of the reporting
 * participant from the running order's transitional state to its target. A duplicate finds them there already; an
 * ack after the order completed finds no order running; an ack that names the other order's target (a late PRIMED
 * while a DEPRIME runs) is ignored, and so is an ack naming an earlier order's revision (a late answer to an attempt
 * that was retried). A TIMEOUT does not stop a late success of the running order from completing it.
 */
@Stateless
public class PrimeAckService {

    private static final Logger LOG = Logger.getLogger(PrimeAckService.class.getName());

    @Inject
    private CompositionRepository compositions;

    @Inject
    private CompositionSyncService sync;

    @Inject
    private ReplicaFence replicaFence;

    @Inject
    private Event<OrderSettled> settled;

    public void onAck(ParticipantPrimeAck ack) {
        Optional<CompositionDefinition> found = compositions.findForUpdate(new CompositionId(ack.compositionId()));
        if (found.isEmpty()) {
            LOG.info(() -> "Ignored prime ack for unknown composition " + ack.compositionId());
            return;
        }
        CompositionDefinition definition = found.get();
        if (!definition.state().isTransitional()) {
            LOG.fine(() -> "Ignored prime ack for composition " + ack.compositionId() + ", which is " + definition.state());
            return;
        }
        if (ack.orderRevision() != 0 && ack.orderRevision() != definition.orderRevision()) {
            LOG.info(() -> "Ignored a late ack of the order at revision " + ack.orderRevision() + " of composition "
                    + ack.compositionId() + "; the running order started at " + definition.orderRevision());
            return;
        }
        ParticipantId participant = new ParticipantId(ack.participantId());
        if (!replicaFence.admits(definition.id().value(), participant, definition.orderRevision(), ack.replicaId(),
                ack.dispatchId())) {
            return;
        }
        PrimeOrder running = PrimeOrder.runningIn(definition.state());
        boolean success = ack.result() == OperationResult.NO_ERROR;
        if (success && (ack.compositionState() == null
                || CompositionMessages.domain(ack.compositionState()) != running.targetState())) {
            LOG.info(() -> "Ignored " + ack.compositionState() + " ack while " + running + " runs on " + ack.compositionId());
            return;
        }
        storeOutProperties(definition, participant, ack);
        boolean failedBefore = definition.stateChangeResult() == StateChangeResult.FAILED;
        boolean completed = definition.applyAck(participant, running, success, ack.message(), Instant.now());
        replicaFence.settle(definition.id().value(), participant,
                success ? DispatchOutcome.ACKED : DispatchOutcome.FAILED);
        LOG.info(() -> "Participant " + participant + " replica " + ack.replicaId() + " reported " + ack.result()
                + " for " + running + " of composition " + ack.compositionId() + (completed ? ": completed" : ""));
        if (completed) {
            settled.fire(OrderSettled.of(definition.id().value(), running, definition.orderRevision(),
                    StateChangeResult.NO_ERROR));
            sync.toEveryReplica(definition);
        } else if (!success && !failedBefore) {
            settled.fire(OrderSettled.of(definition.id().value(), running, definition.orderRevision(),
                    StateChangeResult.FAILED));
        }
    }

    /**
     * Out-properties reported with the outcome are stored as {@link #onDefinitionInfo} stores them; they reach every
     * replica with the sync that follows the order's completion.
     */
    static void storeOutProperties(CompositionDefinition definition, ParticipantId participant,
            ParticipantPrimeAck ack) {
        for (ElementOutProperties element : ack.outPropertiesList()) {
            if (!definition.replaceOutProperties(participant, element.elementName(), element.elementVersion(),
                    element.outProperties())) {
                LOG.info(() -> "Ignored out-properties of " + element.elementName() + ":" + element.elementVersion()
                        + " in the prime ack of composition " + ack.compositionId() + " from participant "
                        + participant + ": no such element of that participant");
            }
        }
    }

    public void onDefinitionInfo(ParticipantDefinitionInfo info) {
        Optional<CompositionDefinition> found = compositions.findForUpdate(new CompositionId(info.compositionId()));
        ParticipantId participant = new ParticipantId(info.participantId());
        if (found.isEmpty() || !found.get().replaceOutProperties(participant, info.elementName(),
                info.elementVersion(), info.outProperties())) {
            LOG.info(() -> "Ignored out-properties of " + info.elementName() + ":" + info.elementVersion()
                    + " of composition " + info.compositionId() + " from participant " + participant
                    + ": no such element of that participant");
            return;
        }
        if (found.get().state() != AcTypeState.COMMISSIONED) {
            sync.toEveryReplica(found.get());
        }
    }
}
