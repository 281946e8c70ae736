package dev.acmr.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A replica announces itself: sent at start and on every heartbeat tick until the runtime acknowledges it. */
public record ParticipantRegister(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        List<SupportedElementType> supportedElementTypes) implements ParticipantMessage {

    public ParticipantRegister {
        supportedElementTypes = supportedElementTypes == null ? List.of() : List.copyOf(supportedElementTypes);
    }
}
