package dev.acmr.messages;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Replica to runtime: the final state of one element, as the listener reported it through
 * {@code updateAutomationCompositionElementState}: exactly one of deployState or lockState is set (ONAP's rule),
 * the result is NO_ERROR or FAILED. useState, operationalState and outProperties are set when the report carried
 * them. {@code orderRevision} is the revision of the {@link InstanceOrder} this answers (0 if unknown), so that a
 * late answer to an earlier order changes nothing.
 *
 * <p>{@code stage} is set when the element finished one stage of a staged operation and names its next stage
 * ({@code updateAutomationCompositionElementStage}); null for a final state. {@code dispatchId} echoes the
 * {@link InstanceOrder#dispatchId()} of the order answered (null if unknown). {@code reportSequence} increases with
 * every report a replica sends (acks and infos; 0 if the sender does not count), so that the runtime never lets an
 * older report of a replica replace a newer one.
 */
public record InstanceElementAck(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID instanceId, UUID elementId, ElementDeployState deployState, ElementLockState lockState,
        OperationResult result, String message, String useState, String operationalState,
        Map<String, Object> outProperties, long orderRevision, Integer stage, UUID dispatchId, long reportSequence)
        implements ParticipantMessage {

    @JsonbCreator
    public InstanceElementAck {
        // canonical: the one JSON-B decodes with
    }

    /** A final state with no dispatch id or report sequence. */
    public InstanceElementAck(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
            UUID instanceId, UUID elementId, ElementDeployState deployState, ElementLockState lockState,
            OperationResult result, String message, String useState, String operationalState,
            Map<String, Object> outProperties, long orderRevision) {
        this(messageId, timestamp, participantId, replicaId, instanceId, elementId, deployState, lockState, result,
                message, useState, operationalState, outProperties, orderRevision, null, null, 0L);
    }
}
