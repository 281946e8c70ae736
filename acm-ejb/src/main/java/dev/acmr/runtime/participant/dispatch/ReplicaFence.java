package dev.acmr.runtime.participant.dispatch;

import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Only the replica that holds a participant's part of an operation may answer for it. Once failover gave the part to
 * another replica, a late answer from the replica that left (it was paused, or its messages were stuck) is ignored,
 * whatever it says: the order revision alone cannot tell the two apart, since both ran the same order. Called by the
 * ack services on the entity's locked row, so the answer and a failover never interleave.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReplicaFence {

    private static final Logger LOG = Logger.getLogger(ReplicaFence.class.getName());

    @Inject
    private OperationDispatchRepository dispatches;

    /** Whether {@code replicaId} may answer for the participant's part of the entity's running work. */
    public boolean admits(UUID entityId, ParticipantId participant, UUID replicaId) {
        Optional<OpenDispatch> open = dispatches.openOf(entityId, participant);
        if (open.isPresent() && !open.get().replica().value().equals(replicaId)) {
            LOG.info(() -> "Ignored an answer of replica " + replicaId + " about " + entityId + ": participant "
                    + participant + "'s part now runs on replica " + open.get().replica());
            return false;
        }
        return true;
    }

    /** The participant's part of the entity's work is over. */
    public void settle(UUID entityId, ParticipantId participant, DispatchOutcome outcome) {
        dispatches.settlePart(entityId, participant, outcome);
    }
}
