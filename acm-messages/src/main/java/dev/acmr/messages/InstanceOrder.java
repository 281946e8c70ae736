package dev.acmr.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runtime to one replica of a participant: run {@code operation} on the listed elements of an instance, which are
 * this participant's elements of one start phase (deploy, undeploy, lock, unlock, delete) or all of them (update).
 * The replica calls its listener once per element and answers with one {@link InstanceElementAck} per element.
 * ONAP's AutomationCompositionDeploy, AutomationCompositionStateChange and PropertiesUpdate in one message type.
 */
public record InstanceOrder(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId, UUID instanceId,
        UUID compositionId, InstanceOperation operation, long revision, int startPhase, List<InstanceElement> elements)
        implements ParticipantMessage {

    public InstanceOrder {
        elements = elements == null ? List.of() : List.copyOf(elements);
    }
}
