package dev.acmr.messages;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Replica to runtime: an element's use state, operational state and out-properties ({@code sendAcElementInfo}). The
 * runtime stores them and syncs them to every replica of the participant.
 */
public record InstanceElementInfo(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID instanceId, UUID elementId, String useState, String operationalState, Map<String, Object> outProperties)
        implements ParticipantMessage {
}
