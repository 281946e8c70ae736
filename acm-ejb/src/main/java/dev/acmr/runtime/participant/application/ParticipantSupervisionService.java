package dev.acmr.runtime.participant.application;

import dev.acmr.messages.ParticipantDeregister;
import dev.acmr.messages.ParticipantDeregisterAck;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantRegister;
import dev.acmr.messages.ParticipantRegisterAck;
import dev.acmr.messages.ParticipantStatus;
import dev.acmr.messages.SupportedElementType;
import dev.acmr.runtime.participant.dispatch.OperationDispatchRepository;
import dev.acmr.runtime.participant.domain.ElementType;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import dev.acmr.runtime.participant.domain.ReplicaId;
import dev.acmr.runtime.participant.repository.KnownReplica;
import dev.acmr.runtime.participant.repository.LiveReplicaRepository;
import dev.acmr.runtime.participant.repository.ParticipantRepository;
import dev.acmr.runtime.participant.repository.ReplicaHoldings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/**
 * Keeps the set of live participant replicas from what they say: registration, heartbeats and deregistration, and
 * drops the ones that stop talking.
 *
 * <p>Every handler is idempotent, because a message may be delivered twice, late or out of order, and the two runtime
 * nodes share the queue: a duplicate register refreshes the replica and is acknowledged again, a duplicate deregister
 * deletes nothing and is acknowledged again. A late message about a replica that was removed brings it back, and
 * the liveness sweep removes it again if it has really gone. Each handler runs in the caller's transaction (the
 * message delivery), and its acknowledgement is part of it.
 */
@Stateless
public class ParticipantSupervisionService {

    private static final Logger LOG = Logger.getLogger(ParticipantSupervisionService.class.getName());

    /** A full sync sent this recently is still in progress: a repeated register does not start another one. */
    static final Duration FULL_SYNC_IN_PROGRESS = Duration.ofSeconds(5);

    @Inject
    private ParticipantRepository participants;

    @Inject
    private ParticipantMessageSender sender;

    @Inject
    private OperationDispatchRepository dispatches;

    @Inject
    private ReplicaSyncService replicaSync;

    @Inject
    private LiveReplicaRepository liveReplicas;

    private BiConsumer<ReplicaAddress, String> fullSync = (replica, reason) -> replicaSync.startFullSync(replica, reason);

    public ParticipantSupervisionService() {
        // for the container, which injects the fields
    }

    ParticipantSupervisionService(ParticipantRepository participants, ParticipantMessageSender sender,
            OperationDispatchRepository dispatches, LiveReplicaRepository liveReplicas,
            BiConsumer<ReplicaAddress, String> fullSync) {
        this.participants = participants;
        this.sender = sender;
        this.dispatches = dispatches;
        this.liveReplicas = liveReplicas;
        this.fullSync = fullSync;
    }

    /**
     * Stores the replica as live, acknowledges to that replica only, and sends it a full sync; it is selected for
     * work once it confirms. A known replica registering with a new incarnation has restarted: the work it was
     * running is lost with its process, and becomes failover's.
     */
    public void register(ParticipantRegister register) {
        ReplicaAddress replica = addressOf(register);
        List<ElementType> types = elementTypes(register.supportedElementTypes());
        if (refusedAsTaken(replica, types)) {
            return;
        }
        KnownReplica known = store(replica, types, register.incarnation());
        boolean restarted = known.restartedAs(register.incarnation());
        if (restarted) {
            int orphaned = dispatches.orphanWorkOf(replica.replicaId());
            LOG.info(() -> replica + " restarted; " + orphaned + " operation(s) it was running go to another replica");
        }
        sender.send(new ParticipantRegisterAck(UUID.randomUUID(), Instant.now(), register.participantId(),
                register.replicaId(), register.messageId()));
        // A replica repeats its register every heartbeat until acknowledged: one full sync answers them all.
        if (restarted || !known.syncInProgress()) {
            fullSync.accept(replica, restarted ? "restarted" : "registered");
            LOG.info(() -> "Registered " + replica + " supporting " + register.supportedElementTypes());
        }
    }

    /**
     * Refreshes the replica's liveness. A heartbeat from a replica the runtime does not know (it was dropped during a
     * pause, say) registers it again from the types the heartbeat repeats. No acknowledgement is sent then: the
     * replica already counts itself registered, and an ack answers a register message, not a heartbeat.
     */
    public void heartbeat(ParticipantStatus status) {
        ReplicaAddress replica = addressOf(status);
        ReplicaHoldings holdings = new ReplicaHoldings(status.heldCount(), status.heldRevision(),
                Optional.ofNullable(status.syncedId()));
        if (!participants.touchReplica(replica, holdings)) {
            List<ElementType> types = elementTypes(status.supportedElementTypes());
            if (refusedAsTaken(replica, types)) {
                return;
            }
            KnownReplica known = store(replica, types, status.incarnation());
            if (known.restartedAs(status.incarnation())) {
                int orphaned = dispatches.orphanWorkOf(replica.replicaId());
                LOG.info(() -> replica + " restarted; " + orphaned + " operation(s) it was running go to another"
                        + " replica");
            }
            fullSync.accept(replica, "taken back");
            LOG.info(() -> "Took back " + replica + " from its heartbeat; it was not in the live set");
        }
    }

    /**
     * Refreshes a known replica from a copy of its status read on the liveness topic (every node reads every copy);
     * an unknown replica is left to the queue's copy, which takes it back once.
     */
    public void refresh(ParticipantStatus status) {
        participants.touchReplica(addressOf(status), new ReplicaHoldings(status.heldCount(), status.heldRevision(),
                Optional.ofNullable(status.syncedId())));
    }

    /** Removes the replica and acknowledges, also when it had already gone, so that a retried deregister completes. */
    public void deregister(ParticipantDeregister deregister) {
        ReplicaAddress replica = addressOf(deregister);
        boolean removed = participants.deleteReplica(replica);
        sender.send(new ParticipantDeregisterAck(UUID.randomUUID(), Instant.now(), deregister.participantId(),
                deregister.replicaId(), deregister.messageId()));
        LOG.info(() -> "Deregistered " + replica + (removed ? "" : " (it was no longer in the live set)"));
    }

    /**
     * Takes the replicas silent for longer than {@code window}, by database time, out of the live set: they stay
     * listed as OFF_LINE, with their identity and incarnation, so that a restart is still recognised when one
     * registers again (its open work then goes to failover), until they have been silent for {@code window} plus
     * {@code offLineRetention}; then they are deleted. Every node runs this; a replica taken out by another node
     * meanwhile is not taken out twice, and only the node that did it logs it.
     *
     * @return the replicas this call took out of the live set
     */
    public List<ReplicaAddress> expireSilentReplicas(Duration window, Duration offLineRetention) {
        List<ReplicaAddress> removed = participants.findSilentReplicas(window).stream()
                .filter(replica -> participants.markOffLineIfStillSilent(replica.replicaId(), window))
                .toList();
        removed.forEach(replica -> LOG.info(() -> "Removed " + replica + " from the live set (OFF_LINE): silent for"
                + " more than " + window.toMillis() + " ms"));
        int purged = participants.purgeOffLine(window.plus(offLineRetention));
        if (purged > 0) {
            LOG.info(() -> "Forgot " + purged + " replica(s) OFF_LINE for more than " + offLineRetention.toMillis()
                    + " ms");
        }
        return removed;
    }

    /**
     * An element type belongs to one participant, as in ONAP: otherwise PRIME could not tell which participant runs an
     * element. A replica of another participant claiming a type already supported is not stored and not acknowledged
     * (it keeps asking, and stays out of the live set). Two first registrations racing on two nodes are settled by
     * the database's unique index on the type: the loser's transaction fails and its redelivery is refused here.
     */
    private boolean refusedAsTaken(ReplicaAddress replica, List<ElementType> types) {
        for (ElementType type : types) {
            Optional<ParticipantId> owner = liveReplicas.participantsSupporting(type).stream()
                    .filter(participant -> !participant.equals(replica.participantId()))
                    .findFirst();
            if (owner.isPresent()) {
                LOG.warning(() -> "Refused " + replica + ": the supplied " + type + " is already used by "
                        + owner.get());
                return true;
            }
        }
        return false;
    }

    // Order matters only for foreign keys: the participant row exists before its types and replicas.
    private KnownReplica store(ReplicaAddress replica, List<ElementType> types, UUID incarnation) {
        participants.insertIfAbsent(replica.participantId());
        participants.insertSupportedTypesIfAbsent(replica.participantId(), types);
        return participants.upsertLiveReplica(replica, incarnation, FULL_SYNC_IN_PROGRESS);
    }

    private static ReplicaAddress addressOf(ParticipantMessage message) {
        return new ReplicaAddress(new ParticipantId(message.participantId()), new ReplicaId(message.replicaId()));
    }

    private static List<ElementType> elementTypes(List<SupportedElementType> types) {
        return types.stream().map(type -> new ElementType(type.typeName(), type.typeVersion())).distinct().toList();
    }
}
