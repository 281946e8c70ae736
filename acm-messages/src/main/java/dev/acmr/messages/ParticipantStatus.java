package dev.acmr.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A replica's heartbeat. It repeats the supported types and its incarnation so that a runtime that lost the replica
 * (it was declared dead during a pause, say) can take it back without a new registration round trip. It also says
 * how far the replica's copy has got: {@code syncedId} is the last full sync it completed (null before the first),
 * {@code heldCount} and {@code heldRevision} the number of compositions and instances it holds and the sum of their
 * revisions, which the runtime compares with its own to show the replica's lag.
 */
public record ParticipantStatus(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        List<SupportedElementType> supportedElementTypes, UUID incarnation, UUID syncedId, int heldCount,
        long heldRevision) implements ParticipantMessage {

    public ParticipantStatus {
        supportedElementTypes = supportedElementTypes == null ? List.of() : List.copyOf(supportedElementTypes);
    }
}
