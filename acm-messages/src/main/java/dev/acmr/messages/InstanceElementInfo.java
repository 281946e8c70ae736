package dev.acmr.messages;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Replica to runtime: an element's use state, operational state and out-properties ({@code sendAcElementInfo}). The
 * runtime stores them and syncs them to every replica of the participant. {@code reportSequence}: as in
 * {@link InstanceElementAck}.
 */
public record InstanceElementInfo(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID instanceId, UUID elementId, String useState, String operationalState, Map<String, Object> outProperties,
        long reportSequence) implements ParticipantMessage {

    @JsonbCreator
    public InstanceElementInfo {
        // canonical: the one JSON-B decodes with
    }

    /** An info with no report sequence. */
    public InstanceElementInfo(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
            UUID instanceId, UUID elementId, String useState, String operationalState,
            Map<String, Object> outProperties) {
        this(messageId, timestamp, participantId, replicaId, instanceId, elementId, useState, operationalState,
                outProperties, 0L);
    }
}
