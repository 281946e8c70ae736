package dev.acmr.messages;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Replica to runtime: new out-properties of one element definition of a composition ({@code sendAcDefinitionInfo}).
 * The runtime stores them and syncs them to every replica of the participant.
 */
public record ParticipantDefinitionInfo(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID compositionId, String elementName, String elementVersion, Map<String, Object> outProperties)
        implements ParticipantMessage {

    public ParticipantDefinitionInfo {
        outProperties = outProperties == null ? Map.of() : outProperties;
    }
}
