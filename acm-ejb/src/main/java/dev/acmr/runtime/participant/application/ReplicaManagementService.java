package dev.acmr.runtime.participant.application;

import dev.acmr.messages.ParticipantStatusRequest;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import dev.acmr.runtime.participant.domain.ReplicaId;
import dev.acmr.runtime.participant.repository.LiveReplicaRepository;
import dev.acmr.runtime.participant.repository.ParticipantRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * What operators do with replicas: drain one before maintenance (it finishes what it runs and is given nothing new)
 * and undrain it, force full syncs and order status reports. Which replica ran what is
 * {@link dev.acmr.runtime.participant.dispatch.DispatchLogService}'s.
 */
@Stateless
public class ReplicaManagementService {

    private static final Logger LOG = Logger.getLogger(ReplicaManagementService.class.getName());

    @Inject
    private ParticipantQueryService participants;

    @Inject
    private LiveReplicaRepository replicas;

    @Inject
    private ReplicaSyncService replicaSync;

    @Inject
    private ParticipantMessageSender sender;

    @Inject
    private ParticipantRepository registered;

    /** Drains the replica (known or not yet: an operator may drain before a start); 404 for an unknown participant. */
    public void drain(ParticipantId participant, ReplicaId replica) {
        participants.find(participant);
        if (replicas.drain(participant, replica)) {
            LOG.info(() -> "Replica " + replica + " of participant " + participant + " drained: no new work");
        }
    }

    public void undrain(ParticipantId participant, ReplicaId replica) {
        participants.find(participant);
        if (replicas.undrain(participant, replica)) {
            LOG.info(() -> "Replica " + replica + " of participant " + participant + " undrained: selectable again");
        }
    }

    /** A full sync of every live replica of the participant; 404 for an unknown participant. */
    public void resync(ParticipantId participant) {
        participants.find(participant);
        replicaSync.resync(participant);
    }

    public void resyncAll() {
        replicaSync.resyncAll();
    }

    /**
     * Asks every replica of the participant for an immediate status report (ONAP's orderParticipantReport); each
     * live replica answers with its status, which refreshes what GET /participants shows. 404 for an unknown
     * participant.
     */
    public void orderReport(ParticipantId participant) {
        participants.find(participant);
        sender.send(new ParticipantStatusRequest(UUID.randomUUID(), Instant.now(), participant.value(), null));
        LOG.info(() -> "Status report ordered from participant " + participant);
    }

    /**
     * Asks every live replica of every participant for an immediate status report (orderAllParticipantsReport): one
     * request per participant with a live replica, the others have nobody to answer.
     */
    public void orderAllReports() {
        List<ParticipantId> live = registered.findLiveReplicas().stream().map(ReplicaAddress::participantId)
                .distinct().toList();
        Instant now = Instant.now();
        live.forEach(participant -> sender.send(new ParticipantStatusRequest(UUID.randomUUID(), now,
                participant.value(), null)));
        LOG.info(() -> "Status report ordered from " + live.size() + " participant(s)");
    }
}
