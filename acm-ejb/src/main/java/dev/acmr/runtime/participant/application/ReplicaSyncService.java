package dev.acmr.runtime.participant.application;

import dev.acmr.messages.ParticipantSyncComplete;
import dev.acmr.messages.ParticipantSyncRequest;
import dev.acmr.messages.SyncSnapshot;
import dev.acmr.runtime.participant.domain.FullSyncPatience;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import dev.acmr.runtime.participant.domain.ReplicaId;
import dev.acmr.runtime.participant.repository.ParticipantRepository;
import dev.acmr.runtime.participant.repository.PendingSync;
import dev.acmr.runtime.participant.repository.ReplicaSyncRepository;
import dev.acmr.runtime.participant.repository.TransactionStamps;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Full syncs of one replica: everything its participant holds, in one transaction, ended by a message listing it.
 * A replica that joins (registers, restarts, is taken back) is not selectable from the moment its full sync is sent
 * until it confirms it in a status, so no operation runs on a replica that does not hold what it operates on; a
 * full sync not confirmed in time is sent again (the message, or the confirmation, was lost), under the same id, so
 * that the replica's confirmation of any copy counts; in time means in proportion to its size
 * ({@link FullSyncPatience}), and one node sends each copy again (the database decides which). A replica that asks
 * for a full sync (it found a gap) or is resynced by an operator stays selectable meanwhile: it holds everything but
 * what it missed, and what an operation needs travels with the operation.
 */
@Stateless
public class ReplicaSyncService {

    private static final Logger LOG = Logger.getLogger(ReplicaSyncService.class.getName());

    @Inject
    private ParticipantRepository participants;

    @Inject
    private ReplicaSyncRepository syncs;

    @Inject
    private ParticipantMessageSender sender;

    @Inject
    private Event<FullSyncRequested> fullSync;

    @Inject
    private TransactionStamps stamps;

    /** Sends a joining replica everything its participant holds; it becomes selectable once it confirms. */
    public void startFullSync(ReplicaAddress replica, String reason) {
        syncs.markSyncPending(replica, UUID.randomUUID(), FullSyncPatience.BASE)
                .ifPresent(syncId -> sendPending(new PendingSync(replica, syncId), reason));
    }

    /** Sends a live replica everything its participant holds, leaving it selectable. */
    public void resend(ReplicaAddress replica, String reason) {
        send(replica, UUID.randomUUID(), reason);
    }

    // Due in proportion to what was sent, from the moment it was built.
    private void sendPending(PendingSync pending, String reason) {
        int size = send(pending.replica(), pending.syncId(), reason);
        syncs.syncDueIn(pending.replica(), pending.syncId(), FullSyncPatience.forSize(size));
    }

    // Returns how many compositions and instances it sent.
    private int send(ReplicaAddress replica, UUID syncId, String reason) {
        // Taken before the reads: a sync another node commits after it is kept by the replica even if unlisted.
        SyncSnapshot snapshot = stamps.snapshot();
        FullSyncRequested request = new FullSyncRequested(replica, syncId);
        fullSync.fire(request);
        sender.send(new ParticipantSyncComplete(UUID.randomUUID(), Instant.now(), replica.participantId().value(),
                replica.replicaId().value(), syncId, request.compositionIds(), request.instanceIds(), snapshot));
        LOG.info(() -> "Full sync " + syncId + " to " + replica + " (" + reason + "): "
                + request.compositionIds().size() + " composition(s), " + request.instanceIds().size()
                + " instance(s)");
        return request.compositionIds().size() + request.instanceIds().size();
    }

    /** A replica found a gap in what it received, or lost its connection for a while. */
    public void onSyncRequest(ParticipantSyncRequest request) {
        ReplicaAddress replica = new ReplicaAddress(new ParticipantId(request.participantId()),
                new ReplicaId(request.replicaId()));
        if (participants.findLiveReplicas(replica.participantId()).contains(replica)) {
            resend(replica, "requested: " + request.reason());
        } else {
            LOG.info(() -> "Ignored a sync request from " + replica + ", which is not live; it registers first");
        }
    }

    /** Every live replica of the participant (PUT /participants/sync/{id}); false if none is live. */
    public boolean resync(ParticipantId participant) {
        List<ReplicaAddress> live = participants.findLiveReplicas(participant);
        live.forEach(replica -> resend(replica, "forced by the API"));
        return !live.isEmpty();
    }

    /** Every live replica of every participant (PUT /participants/sync). */
    public void resyncAll() {
        participants.findLiveReplicas().forEach(replica -> resend(replica, "forced by the API"));
    }

    /**
     * Sends again the full syncs not confirmed by their due time, under the same id. Only the node whose claim
     * wins sends each one; the other finds nothing overdue.
     */
    public void resendOverdue() {
        syncs.claimOverdueSyncs(FullSyncPatience.BASE)
                .forEach(pending -> sendPending(pending, "not confirmed in time"));
    }
}
