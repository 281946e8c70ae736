package dev.acmr.runtime.participant.dispatch;

import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Only the dispatch that holds a participant's part of an operation may be answered. Every order message carries
 * the id of its dispatch record and the replica echoes it; once failover gave the part to another replica, or the
 * part was answered, a late answer naming the earlier dispatch (the replica was paused, or its messages were stuck)
 * is ignored, whatever it says: the order revision alone cannot tell the two apart, since both ran the same order.
 * The rule is {@link AckAdmission}'s. Called by the ack services on the entity's locked row, so the answer and a
 * failover never interleave.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReplicaFence {

    private static final Logger LOG = Logger.getLogger(ReplicaFence.class.getName());

    @Inject
    private OperationDispatchRepository dispatches;

    /**
     * Whether {@code replicaId}'s answer naming {@code dispatchId} (null if it names none) may be applied to the
     * participant's part of the entity's running order, the one at {@code orderRevision}.
     */
    public boolean admits(UUID entityId, ParticipantId participant, long orderRevision, UUID replicaId,
            UUID dispatchId) {
        AckAdmission.Verdict verdict = AckAdmission.judge(replicaId, dispatchId,
                dispatches.partOf(entityId, participant, orderRevision));
        if (!verdict.admitted()) {
            LOG.info(() -> "Ignored an answer of replica " + replicaId + " about " + entityId + " (participant "
                    + participant + ", revision " + orderRevision + ", dispatch " + dispatchId + "): " + verdict);
        }
        return verdict.admitted();
    }

    /** The participant's part of the entity's work is over. */
    public void settle(UUID entityId, ParticipantId participant, DispatchOutcome outcome) {
        dispatches.settlePart(entityId, participant, outcome);
    }
}
