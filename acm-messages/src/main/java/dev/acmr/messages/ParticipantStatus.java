package dev.acmr.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A replica's heartbeat. It repeats the supported types so that a runtime that lost the replica (it was declared dead
 * during a pause, say) can take it back without a new registration round trip.
 */
public record ParticipantStatus(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        List<SupportedElementType> supportedElementTypes) implements ParticipantMessage {

    public ParticipantStatus {
        supportedElementTypes = supportedElementTypes == null ? List.of() : List.copyOf(supportedElementTypes);
    }
}
