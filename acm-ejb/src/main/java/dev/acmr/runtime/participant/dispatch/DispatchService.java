package dev.acmr.runtime.participant.dispatch;

import dev.acmr.runtime.participant.dispatch.selection.NoLiveReplicaException;
import dev.acmr.runtime.participant.dispatch.selection.ReplicaSelector;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Gives a participant's part of an operation to one of its replicas: chooses the replica, then records the choice
 * as an open dispatch (which replica ran what is visible through the API and is failover's work list). Both happen
 * in the caller's transaction, the one that sends the message, so a dispatch is recorded exactly when its message
 * leaves (the repository requires that transaction). No transaction interceptor here, as on the selector: a refusal
 * ({@link NoLiveReplicaException}) leaves the caller's transaction as it is, since failover catches it and carries
 * on; the callers that let it through roll back through the exception itself.
 */
@ApplicationScoped
public class DispatchService {

    private static final Logger LOG = Logger.getLogger(DispatchService.class.getName());

    @Inject
    private ReplicaSelector selector;

    @Inject
    private OperationDispatchRepository dispatches;

    public DispatchService() {
        // for the container, which injects the fields
    }

    DispatchService(ReplicaSelector selector, OperationDispatchRepository dispatches) {
        this.selector = selector;
        this.dispatches = dispatches;
    }

    /**
     * The replica of {@code participant} that runs {@code dispatch}, recorded as its open dispatch, and the id of
     * that record (the message must carry it).
     *
     * @throws NoLiveReplicaException if no replica of the participant may be selected
     */
    public Assignment assign(ParticipantId participant, Dispatch dispatch) {
        ReplicaAddress replica = selector.choose(participant);
        UUID dispatchId = dispatches.record(dispatch, participant, replica.replicaId());
        LOG.fine(() -> dispatch.operation() + " phase " + dispatch.phase() + " of " + dispatch.entityId()
                + " goes to replica " + replica.replicaId());
        return new Assignment(replica, dispatchId);
    }

    /**
     * As {@link #assign}, for work that must not be refused because the participant's replicas are busy being
     * synchronised or drained (the next phase of a running order, decided while an ack is applied): with no
     * selectable replica, the part is recorded as waiting for one (failover sends it as soon as a replica may be
     * selected; the order's deadline keeps running) and nothing is sent now.
     *
     * @return the assignment, or empty if the part waits
     * @throws NoLiveReplicaException if the participant has no live replica at all
     */
    public Optional<Assignment> assignOrWait(ParticipantId participant, Dispatch dispatch) {
        try {
            return Optional.of(assign(participant, dispatch));
        } catch (NoLiveReplicaException e) {
            ReplicaAddress holder = selector.anyLive(participant).orElseThrow(() -> e);
            dispatches.recordWaiting(dispatch, participant, holder.replicaId());
            LOG.info(() -> dispatch.operation() + " phase " + dispatch.phase() + " of " + dispatch.entityId()
                    + " waits for a selectable replica of participant " + participant + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
