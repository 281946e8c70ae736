package dev.acmr.participant.adapter.config;

import dev.acmr.messages.SupportedElementType;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Who this participant replica is and how often it reports, as resolved and validated from the activation spec.
 *
 * @param replicaIdStable whether the replica id was configured (stable across restarts) or drawn at random
 */
public record ParticipantSettings(UUID participantId, UUID replicaId, boolean replicaIdStable,
        List<SupportedElementType> supportedElementTypes, Duration heartbeatInterval) {

    public ParticipantSettings {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(replicaId, "replicaId");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        supportedElementTypes = List.copyOf(supportedElementTypes);
        if (supportedElementTypes.isEmpty()) {
            throw new IllegalArgumentException("a participant supports at least one element type");
        }
        if (heartbeatInterval.isZero() || heartbeatInterval.isNegative()) {
            throw new IllegalArgumentException("heartbeat interval must be positive");
        }
    }

    /** Whether a message names this replica of this participant alone (orders must run once, on one replica). */
    public boolean isThisReplica(UUID participant, UUID replica) {
        return participantId.equals(participant) && replicaId.equals(replica);
    }
}
