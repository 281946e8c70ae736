package dev.acmr.messages;

import java.time.Instant;
import java.util.UUID;

/** The runtime removed the replica from the live set. */
public record ParticipantDeregisterAck(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID responseTo) implements ParticipantMessage {
}
