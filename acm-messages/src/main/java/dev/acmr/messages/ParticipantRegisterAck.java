package dev.acmr.messages;

import java.time.Instant;
import java.util.UUID;

/** The runtime stored the replica; addressed to that replica only. */
public record ParticipantRegisterAck(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID responseTo) implements ParticipantMessage {
}
