package dev.acmr.messages;

import java.time.Instant;
import java.util.UUID;

/**
 * A replica asks for a full sync of everything its participant holds: it found a gap in the syncs it received (one
 * was lost), or its connection to the broker was lost for a while. The runtime answers with a full sync to that
 * replica, which is not selected for operations until it completes.
 */
public record ParticipantSyncRequest(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        String reason) implements ParticipantMessage {
}
