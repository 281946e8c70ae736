package dev.acmr.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runtime to every replica of a participant (replicaId null) or to one joining replica: the participant's view of an
 * instance at a revision: its states and this participant's elements. Applied only if newer than what a replica
 * holds; {@code deleted} removes the instance from the view.
 */
public record InstanceSync(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId, UUID instanceId,
        UUID compositionId, String name, String version, long revision, ElementDeployState deployState,
        ElementLockState lockState, OperationResult stateChangeResult, boolean deleted, List<InstanceElement> elements)
        implements ParticipantMessage {

    public InstanceSync {
        elements = elements == null ? List.of() : List.copyOf(elements);
    }
}
