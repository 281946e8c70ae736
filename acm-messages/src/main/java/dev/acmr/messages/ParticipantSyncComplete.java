package dev.acmr.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runtime to one replica: the last message of a full sync. Every composition and instance of the full sync came
 * before it; {@code compositionIds} and {@code instanceIds} list what the participant holds, so the replica drops
 * what it holds beyond them (deletions it missed). The replica confirms by naming {@code syncId} in its next status,
 * and becomes selectable for operations then.
 */
public record ParticipantSyncComplete(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID syncId, List<UUID> compositionIds, List<UUID> instanceIds) implements ParticipantMessage {

    public ParticipantSyncComplete {
        compositionIds = compositionIds == null ? List.of() : List.copyOf(compositionIds);
        instanceIds = instanceIds == null ? List.of() : List.copyOf(instanceIds);
    }
}
