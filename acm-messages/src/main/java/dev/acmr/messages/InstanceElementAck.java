package dev.acmr.messages;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Replica to runtime: the final state of one element, as the listener reported it through
 * {@code updateAutomationCompositionElementState}: exactly one of deployState or lockState is set (ONAP's rule),
 * the result is NO_ERROR or FAILED. useState, operationalState and outProperties are set when the report carried
 * them. {@code orderRevision} is the revision of the {@link InstanceOrder} this answers (0 if unknown), so that a
 * late answer to an earlier order changes nothing.
 */
public record InstanceElementAck(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID instanceId, UUID elementId, ElementDeployState deployState, ElementLockState lockState,
        OperationResult result, String message, String useState, String operationalState,
        Map<String, Object> outProperties, long orderRevision) implements ParticipantMessage {
}
