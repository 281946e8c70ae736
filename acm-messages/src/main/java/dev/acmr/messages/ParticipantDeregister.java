package dev.acmr.messages;

import java.time.Instant;
import java.util.UUID;

/** A replica leaves on an orderly shutdown. */
public record ParticipantDeregister(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId)
        implements ParticipantMessage {
}
