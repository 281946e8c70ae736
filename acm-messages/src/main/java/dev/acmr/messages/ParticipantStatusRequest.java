package dev.acmr.messages;

import java.time.Instant;
import java.util.UUID;

/**
 * The runtime asks every replica of a participant for an immediate status report (ONAP's PUT /participants, one
 * request per participant). Each replica answers with a {@link ParticipantStatus} at once, outside its heartbeat
 * rhythm.
 */
public record ParticipantStatusRequest(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId)
        implements ParticipantMessage {
}
