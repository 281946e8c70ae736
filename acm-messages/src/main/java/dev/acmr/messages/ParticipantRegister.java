package dev.acmr.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A replica announces itself: sent at start and on every heartbeat tick until the runtime acknowledges it.
 * {@code incarnation} is new each time the replica process starts: a register from a known replica id with another
 * incarnation is a restart, and whatever was running on the earlier incarnation is lost and must be run again.
 */
public record ParticipantRegister(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        List<SupportedElementType> supportedElementTypes, UUID incarnation) implements ParticipantMessage {

    public ParticipantRegister {
        supportedElementTypes = supportedElementTypes == null ? List.of() : List.copyOf(supportedElementTypes);
    }
}
