package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceElementAcks;
import dev.acmr.messages.InstanceElementInfo;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.ElementReport;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.repository.InstanceRepository;
import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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
 *
 * <p>The acks of one dispatch may come in one message ({@link InstanceElementAcks}): the instance row is locked once
 * for them, each is applied exactly as a single ack would be ({@link AckApplier}), and the order moves on, and every
 * replica is synced, once after the last.
 */
@Stateless
public class InstanceAckService {

    private static final Logger LOG = Logger.getLogger(InstanceAckService.class.getName());

    @Inject
    private InstanceRepository instances;

    @Inject
    private AckApplier applier;

    @Inject
    private InstanceSyncs syncs;

    /** One element's ack (as older replicas send every ack, and replicas send those of no known dispatch). */
    public void onAck(InstanceElementAck ack) {
        applyLocked(ack.instanceId(), List.of(ack));
    }

    /**
     * The acks of one dispatch, sent together: the instance is locked once, each ack applied as if it had come
     * alone, in the order the replica reported them, and the order moved on once. An ack naming another instance,
     * participant or replica than the message carrying it is ignored.
     */
    public void onAcks(InstanceElementAcks acks) {
        if (acks.instanceId() == null) {
            LOG.warning(() -> "Ignored " + acks.acks().size() + " element ack(s) from replica " + acks.replicaId()
                    + " that name no instance");
            return;
        }
        List<InstanceElementAck> carried = acks.acks().stream().filter(ack -> {
            boolean belongs = acks.instanceId().equals(ack.instanceId())
                    && acks.participantId().equals(ack.participantId())
                    && Objects.equals(acks.replicaId(), ack.replicaId());
            if (!belongs) {
                LOG.warning(() -> "Ignored an ack of element " + ack.elementId() + " of instance " + ack.instanceId()
                        + " carried in the acks of instance " + acks.instanceId() + " from replica "
                        + acks.replicaId() + ": it names another instance, participant or replica");
            }
            return belongs;
        }).toList();
        if (!carried.isEmpty()) {
            applyLocked(acks.instanceId(), carried);
        }
    }

    private void applyLocked(UUID instanceId, List<InstanceElementAck> acks) {
        Optional<AutomationCompositionInstance> found = instances.findForUpdate(instanceId);
        if (found.isEmpty()) {
            LOG.info(() -> "Ignored " + acks.size() + " element ack(s) for unknown instance " + instanceId);
            return;
        }
        AckEffects effects = new AckEffects();
        for (InstanceElementAck ack : acks) {
            applier.apply(found.get(), ack, effects);
        }
        applier.moveOn(found.get(), effects);
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
}
