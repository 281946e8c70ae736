package dev.acmr.messages;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runtime to one replica: the last message of a full sync. Every composition and instance of the full sync came
 * before it; {@code compositionIds} and {@code instanceIds} list what the participant holds, so the replica drops
 * what it holds beyond them (deletions it missed). The replica confirms by naming {@code syncId} in its next status,
 * and becomes selectable for operations then. {@code snapshot} is what the runtime's read of those lists could see
 * (null if unknown): what the replica holds from a transaction it did not see stays, whether listed or not.
 */
public record ParticipantSyncComplete(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID syncId, List<UUID> compositionIds, List<UUID> instanceIds, SyncSnapshot snapshot)
        implements ParticipantMessage {

    @JsonbCreator
    public ParticipantSyncComplete {
        compositionIds = compositionIds == null ? List.of() : List.copyOf(compositionIds);
        instanceIds = instanceIds == null ? List.of() : List.copyOf(instanceIds);
    }

    /** The end of a full sync whose snapshot is unknown. */
    public ParticipantSyncComplete(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
            UUID syncId, List<UUID> compositionIds, List<UUID> instanceIds) {
        this(messageId, timestamp, participantId, replicaId, syncId, compositionIds, instanceIds, null);
    }
}
