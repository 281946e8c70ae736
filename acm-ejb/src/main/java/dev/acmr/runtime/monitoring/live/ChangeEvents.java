package dev.acmr.runtime.monitoring.live;

import dev.acmr.messages.InstanceOrder;
import dev.acmr.messages.InstanceSync;
import dev.acmr.messages.ParticipantCompositionSync;
import dev.acmr.messages.ParticipantDeregisterAck;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantMessageType;
import dev.acmr.messages.ParticipantPrime;
import dev.acmr.messages.ParticipantRegisterAck;
import dev.acmr.messages.ParticipantSyncComplete;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which runtime-to-participant messages tell of a committed change, and which change. The runtime publishes them in
 * the transaction that commits the change, so they are exactly the changes replicas see:
 * <ul>
 *   <li>an operation dispatched (a prime or deprime, a phase of an instance order, a failover to another replica):
 *       the composition or instance and its dispatch log changed;</li>
 *   <li>a sync to every replica: a composition or instance reached a new revision (an order completed or failed,
 *       out-properties changed, it was deleted);</li>
 *   <li>a replica was registered, deregistered, or sent the end of its full sync: the participant's replicas
 *       changed.</li>
 * </ul>
 * The syncs that make up one replica's full sync repeat what is already there and are not changes. Heartbeats,
 * silent replicas removed and drains send nothing to participants; screens poll the participants for those.
 */
public final class ChangeEvents {

    /** The message types {@link #of} maps, for a JMS selector. */
    public static final Set<ParticipantMessageType> TYPES = Set.of(ParticipantMessageType.PARTICIPANT_PRIME,
            ParticipantMessageType.PARTICIPANT_COMPOSITION_SYNC, ParticipantMessageType.INSTANCE_ORDER,
            ParticipantMessageType.INSTANCE_SYNC, ParticipantMessageType.PARTICIPANT_REGISTER_ACK,
            ParticipantMessageType.PARTICIPANT_DEREGISTER_ACK, ParticipantMessageType.PARTICIPANT_SYNC_COMPLETE);

    private ChangeEvents() {
    }

    /** The change the message tells of, or empty if it tells of none. */
    public static Optional<ChangeEvent> of(ParticipantMessage message) {
        if (message instanceof ParticipantPrime prime) {
            return Optional.of(composition(prime.compositionId()));
        } else if (message instanceof ParticipantCompositionSync sync) {
            return sync.syncId() == null ? Optional.of(composition(sync.compositionId())) : Optional.empty();
        } else if (message instanceof InstanceOrder order) {
            return Optional.of(instance(order.instanceId(), order.compositionId()));
        } else if (message instanceof InstanceSync sync) {
            return sync.syncId() == null ? Optional.of(instance(sync.instanceId(), sync.compositionId()))
                    : Optional.empty();
        } else if (message instanceof ParticipantRegisterAck || message instanceof ParticipantDeregisterAck
                || message instanceof ParticipantSyncComplete) {
            return Optional.of(new ChangeEvent(ChangeKind.PARTICIPANT, message.participantId(), message.replicaId()));
        }
        return Optional.empty();
    }

    private static ChangeEvent composition(UUID compositionId) {
        return new ChangeEvent(ChangeKind.COMPOSITION, compositionId, null);
    }

    private static ChangeEvent instance(UUID instanceId, UUID compositionId) {
        return new ChangeEvent(ChangeKind.INSTANCE, instanceId, compositionId);
    }
}
