package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.OperationResult;
import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.ElementReport;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.domain.InstanceStatus;
import dev.acmr.runtime.instance.domain.Pacing;
import dev.acmr.runtime.metrics.OrderSettled;
import dev.acmr.runtime.participant.dispatch.DispatchOutcome;
import dev.acmr.runtime.participant.dispatch.ReplicaFence;
import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies element acks to an instance whose row the caller has locked, in the caller's transaction, and then moves
 * the order on once: one ack alone or the acks of one dispatch sent together are applied by the same code, each ack
 * judged as if it had come alone (see {@link InstanceAckService} for what is ignored and why, {@link AckDecision}
 * for what an admitted ack does). What an ack leads to beyond the element itself, the next phase or stage, the
 * completion, the sync to every replica, is collected in {@link AckEffects} and done once by {@link #moveOn}: a
 * batch locks, advances and syncs as often as a single ack.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AckApplier {

    private static final Logger LOG = Logger.getLogger(AckApplier.class.getName());

    @Inject
    private InstanceDispatcher dispatcher;

    @Inject
    private InstanceSyncs syncs;

    @Inject
    private ReplicaFence replicaFence;

    @Inject
    private Event<OrderSettled> settled;

    /** Applies {@code ack} to the locked {@code instance}, noting in {@code effects} what must follow. */
    void apply(AutomationCompositionInstance instance, InstanceElementAck ack, AckEffects effects) {
        InstanceStatus status = instance.status();
        if (!status.isTransitional() || instance.progress().runningOrder().isEmpty()) {
            LOG.fine(() -> "Ignored element ack for instance " + ack.instanceId() + ", which is " + status.describe());
            return;
        }
        if (ack.orderRevision() != 0 && ack.orderRevision() != instance.orderRevision()) {
            LOG.info(() -> "Ignored a late ack of the order at revision " + ack.orderRevision() + " of instance "
                    + ack.instanceId() + "; the running order started at " + instance.orderRevision());
            return;
        }
        ParticipantId participant = new ParticipantId(ack.participantId());
        Optional<InstanceElement> element = instance.element(ack.elementId())
                .filter(candidate -> candidate.isRunBy(participant));
        if (element.isEmpty()) {
            LOG.info(() -> "Ignored ack of element " + ack.elementId() + " of instance " + ack.instanceId()
                    + " from participant " + participant + ": no such element of that participant");
            return;
        }
        if (!replicaFence.admits(instance.id(), participant, instance.orderRevision(), ack.replicaId(),
                ack.dispatchId())) {
            return;
        }
        InstanceOrder running = instance.progress().runningOrder().get();
        Instant now = Instant.now();
        AckDecision.Outcome outcome = AckDecision.decide(factsOf(instance, running, element.get(), ack));
        switch (outcome) {
            case FAIL -> failed(instance, running, element.get(), participant, ack, now, effects);
            case STAGE_REACHED -> {
                instance.outcomes().elementStageReached(element.get(), ack.stage(), ack.message(), now);
                instance.outcomes().elementReported(element.get(), reportOf(ack));
                LOG.fine(() -> "Element " + ack.elementId() + " of instance " + ack.instanceId() + " is at stage "
                        + ack.stage() + " of " + running);
                effects.advance();
            }
            case DELETED_IN_MIGRATION -> deletedInMigration(instance, element.get(), now, effects);
            case FINISH -> {
                instance.outcomes().elementFinished(element.get(), ack.message(), now);
                instance.outcomes().elementReported(element.get(), reportOf(ack));
                LOG.fine(() -> "Element " + ack.elementId() + " of instance " + ack.instanceId() + " finished "
                        + running);
                effects.advance();
            }
            case IGNORE_DUPLICATE -> LOG.fine(() -> "Ignored a duplicate ack of element " + ack.elementId()
                    + " of instance " + ack.instanceId());
            case IGNORE_STAGE, IGNORE_NOT_TARGET -> LOG.info(() -> "Ignored " + ack.deployState() + "/"
                    + ack.lockState() + (ack.stage() == null ? "" : " stage " + ack.stage()) + " ack of element "
                    + ack.elementId() + " while " + running + " runs on instance " + ack.instanceId());
        }
    }

    /**
     * What the applied acks lead to, once: every replica's copy is synced (after a failure, or a deletion that left
     * a participant with no element of the instance, which its replicas then drop), then the order moves on (the
     * next phase or stage, or its completion, which syncs again as it does for a single ack).
     */
    void moveOn(AutomationCompositionInstance instance, AckEffects effects) {
        if (effects.syncs()) {
            if (effects.formerParticipants().isEmpty()) {
                syncs.syncToEveryReplica(instance);
            } else {
                syncs.syncToEveryReplica(instance, effects.formerParticipants());
            }
        }
        if (effects.advances()) {
            dispatcher.advance(instance, Map.of());
        }
    }

    private void failed(AutomationCompositionInstance instance, InstanceOrder running, InstanceElement element,
            ParticipantId participant, InstanceElementAck ack, Instant now, AckEffects effects) {
        boolean failedBefore = instance.status().stateChangeResult() == StateChangeResult.FAILED;
        instance.outcomes().elementFailed(element, ack.message(), now);
        if (!failedBefore) {
            settled.fire(OrderSettled.of(instance.id(), running, instance.orderRevision(), StateChangeResult.FAILED));
        }
        replicaFence.settle(instance.id(), participant, DispatchOutcome.FAILED);
        instance.outcomes().elementReported(element, reportOf(ack));
        LOG.info(() -> "Participant " + participant + " replica " + ack.replicaId() + " reported " + ack.result()
                + " for " + running + " of element " + ack.elementId() + " of instance " + ack.instanceId() + ": "
                + ack.message());
        effects.sync();
    }

    // The row goes at once, even after a failure (a rollback re-adds it from the snapshot); a participant left with
    // no element of the instance drops it from its replicas' views.
    private void deletedInMigration(AutomationCompositionInstance instance, InstanceElement element, Instant now,
            AckEffects effects) {
        ParticipantId participant = element.participant();
        instance.outcomes().elementDeletedInMigration(element, now);
        LOG.info(() -> "Element " + element.id() + " of instance " + instance.id() + " deleted by participant "
                + participant + " in " + instance.status().deployState());
        if (instance.elements().runBy(participant).isEmpty()) {
            effects.syncDroppingFor(participant);
        }
        effects.advance();
    }

    private AckDecision.Facts factsOf(AutomationCompositionInstance instance, InstanceOrder running,
            InstanceElement element, InstanceElementAck ack) {
        Pacing pacing = DispatchPlan.pacingOf(running, instance.status());
        Integer current = pacing.isByStage() && ack.stage() != null
                ? dispatcher.phasesOf(instance, running, pacing).get(element.id())
                : null;
        return new AckDecision.Facts(ack.result() == OperationResult.NO_ERROR, ack.stage(), pacing.isByStage(),
                pacing.direction().orElse(null), current, instance.progress().hasFinished(element),
                InstanceStages.isLeaving(instance.status().deployState(), element.migrationState()),
                ack.deployState() == ElementDeployState.DELETED, namesTarget(instance, running, ack));
    }

    private static ElementReport reportOf(InstanceElementAck ack) {
        return new ElementReport(ElementReport.Kind.ACK, ack.replicaId(), ack.reportSequence(), ack.useState(),
                ack.operationalState(), ack.outProperties());
    }

    // A success must name the running order's target: a late DEPLOYED while an UNDEPLOY runs changes nothing.
    private static boolean namesTarget(AutomationCompositionInstance instance, InstanceOrder running,
            InstanceElementAck ack) {
        Optional<InstanceStatus> target = instance.progress().target();
        if (target.isEmpty()) {
            return false;
        }
        if (running.isLockOrder()) {
            return ack.lockState() != null && InstanceMessages.domain(ack.lockState()) == target.get().lockState();
        }
        return ack.deployState() != null && InstanceMessages.domain(ack.deployState()) == target.get().deployState();
    }
}
