package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceElementInfo;
import dev.acmr.messages.OperationResult;
import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.ElementReport;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.domain.InstanceStatus;
import dev.acmr.runtime.instance.domain.Pacing;
import dev.acmr.runtime.instance.repository.InstanceRepository;
import dev.acmr.runtime.metrics.OrderSettled;
import dev.acmr.runtime.participant.dispatch.DispatchOutcome;
import dev.acmr.runtime.participant.dispatch.ReplicaFence;
import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Applies what participants report about instance elements: the outcome of the running order, and use state,
 * operational state and out-properties.
 *
 * <p>Idempotent by construction, as for prime acks: the instance row is locked; an ack is ignored for an unknown
 * instance, for an instance with no order running, for another order's revision (a late answer to an attempt that
 * was retried), for an element of another participant, and for a success that does not name the running order's
 * target. A duplicate finds its element finished already; a stage report is taken once (see {@link AckDecision}).
 * A phase or stage complete sends the next one in the same transaction; all elements finished completes the order
 * (a DELETE removes the row). An element a migration or its revert removes loses its row when its participant
 * reports it DELETED. A FAILED stops the order until the user orders again; a TIMEOUT does not stop a late success
 * from completing it.
 */
@Stateless
public class InstanceAckService {

    private static final Logger LOG = Logger.getLogger(InstanceAckService.class.getName());

    @Inject
    private InstanceRepository instances;

    @Inject
    private InstanceDispatcher dispatcher;

    @Inject
    private InstanceSyncs syncs;

    @Inject
    private ReplicaFence replicaFence;

    @Inject
    private Event<OrderSettled> settled;

    public void onAck(InstanceElementAck ack) {
        Optional<AutomationCompositionInstance> found = instances.findForUpdate(ack.instanceId());
        if (found.isEmpty()) {
            LOG.info(() -> "Ignored element ack for unknown instance " + ack.instanceId());
            return;
        }
        AutomationCompositionInstance instance = found.get();
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
            case FAIL -> failed(instance, running, element.get(), participant, ack, now);
            case STAGE_REACHED -> {
                instance.outcomes().elementStageReached(element.get(), ack.stage(), ack.message(), now);
                instance.outcomes().elementReported(element.get(), reportOf(ack));
                LOG.fine(() -> "Element " + ack.elementId() + " of instance " + ack.instanceId() + " is at stage "
                        + ack.stage() + " of " + running);
                dispatcher.advance(instance, Map.of());
            }
            case DELETED_IN_MIGRATION -> deletedInMigration(instance, element.get(), now);
            case FINISH -> {
                instance.outcomes().elementFinished(element.get(), ack.message(), now);
                instance.outcomes().elementReported(element.get(), reportOf(ack));
                LOG.fine(() -> "Element " + ack.elementId() + " of instance " + ack.instanceId() + " finished "
                        + running);
                dispatcher.advance(instance, Map.of());
            }
            case IGNORE_DUPLICATE -> LOG.fine(() -> "Ignored a duplicate ack of element " + ack.elementId()
                    + " of instance " + ack.instanceId());
            case IGNORE_STAGE, IGNORE_NOT_TARGET -> LOG.info(() -> "Ignored " + ack.deployState() + "/"
                    + ack.lockState() + (ack.stage() == null ? "" : " stage " + ack.stage()) + " ack of element "
                    + ack.elementId() + " while " + running + " runs on instance " + ack.instanceId());
        }
    }

    private void failed(AutomationCompositionInstance instance, InstanceOrder running, InstanceElement element,
            ParticipantId participant, InstanceElementAck ack, Instant now) {
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
        syncs.syncToEveryReplica(instance);
    }

    // The row goes at once, even after a failure (a rollback re-adds it from the snapshot); a participant left with
    // no element of the instance drops it from its replicas' views.
    private void deletedInMigration(AutomationCompositionInstance instance, InstanceElement element, Instant now) {
        ParticipantId participant = element.participant();
        instance.outcomes().elementDeletedInMigration(element, now);
        LOG.info(() -> "Element " + element.id() + " of instance " + instance.id() + " deleted by participant "
                + participant + " in " + instance.status().deployState());
        if (instance.elements().runBy(participant).isEmpty()) {
            syncs.syncToEveryReplica(instance, Set.of(participant));
        }
        dispatcher.advance(instance, Map.of());
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

    public void onInfo(InstanceElementInfo info) {
        Optional<AutomationCompositionInstance> found = instances.findForUpdate(info.instanceId());
        ParticipantId participant = new ParticipantId(info.participantId());
        Optional<InstanceElement> element = found.flatMap(instance -> instance.element(info.elementId()))
                .filter(candidate -> candidate.isRunBy(participant));
        if (element.isEmpty()) {
            LOG.info(() -> "Ignored info of element " + info.elementId() + " of instance " + info.instanceId()
                    + " from participant " + participant + ": no such element of that participant");
            return;
        }
        ElementReport report = new ElementReport(ElementReport.Kind.INFO, info.replicaId(), info.reportSequence(),
                info.useState(), info.operationalState(), info.outProperties());
        if (!found.get().outcomes().elementReported(element.get(), report)) {
            LOG.fine(() -> "Ignored info " + info.reportSequence() + " of element " + info.elementId() + " of instance "
                    + info.instanceId() + " from replica " + info.replicaId() + ": a newer report was applied");
            return;
        }
        syncs.syncToEveryReplica(found.get());
    }

    /**
     * Sends the instance as stored to every replica again, at a new revision: a replica that pushed data the runtime
     * refused holds it in its copy until then.
     */
    public void resend(UUID instanceId) {
        instances.findForUpdate(instanceId).ifPresent(instance -> {
            instance.revised();
            syncs.syncToEveryReplica(instance);
        });
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
