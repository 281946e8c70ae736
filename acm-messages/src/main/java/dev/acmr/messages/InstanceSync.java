package dev.acmr.messages;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runtime to every replica of a participant (replicaId null) or to one joining replica: the participant's view of an
 * instance at a revision: its states and this participant's elements. Applied only if newer than what a replica
 * holds; {@code deleted} removes the instance from the view.
 *
 * <p>{@code previousRevision} is, for a sync to every replica, the revision of the previous sync to every replica of
 * this instance (0 for the first): a replica holding less has missed one and asks for a full sync. A sync that is
 * part of a full sync to one replica carries 0 there, and the full sync's id in {@code syncId} (null otherwise).
 * {@code compositionTargetId} is set while the instance migrates (or reverts one); {@code subState} names a running
 * sub operation (null = NONE). {@code writtenIn} is the database transaction that sent it (0 if unknown), which a
 * full sync's {@link SyncSnapshot} is compared with.
 */
public record InstanceSync(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId, UUID instanceId,
        UUID compositionId, String name, String version, long revision, ElementDeployState deployState,
        ElementLockState lockState, OperationResult stateChangeResult, boolean deleted, List<InstanceElement> elements,
        long previousRevision, UUID syncId, UUID compositionTargetId, InstanceSubState subState, long writtenIn)
        implements ParticipantMessage {

    @JsonbCreator
    public InstanceSync {
        elements = elements == null ? List.of() : List.copyOf(elements);
    }

    /** A sync outside a migration or sub operation. */
    public InstanceSync(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId, UUID instanceId,
            UUID compositionId, String name, String version, long revision, ElementDeployState deployState,
            ElementLockState lockState, OperationResult stateChangeResult, boolean deleted,
            List<InstanceElement> elements, long previousRevision, UUID syncId) {
        this(messageId, timestamp, participantId, replicaId, instanceId, compositionId, name, version, revision,
                deployState, lockState, stateChangeResult, deleted, elements, previousRevision, syncId, null, null, 0L);
    }

    /** A sync not stamped with the transaction that sent it. */
    public InstanceSync(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId, UUID instanceId,
            UUID compositionId, String name, String version, long revision, ElementDeployState deployState,
            ElementLockState lockState, OperationResult stateChangeResult, boolean deleted,
            List<InstanceElement> elements, long previousRevision, UUID syncId, UUID compositionTargetId,
            InstanceSubState subState) {
        this(messageId, timestamp, participantId, replicaId, instanceId, compositionId, name, version, revision,
                deployState, lockState, stateChangeResult, deleted, elements, previousRevision, syncId,
                compositionTargetId, subState, 0L);
    }

    /** This sync, stamped with the transaction that sends it. */
    public InstanceSync writtenIn(long transaction) {
        return new InstanceSync(messageId, timestamp, participantId, replicaId, instanceId, compositionId, name,
                version, revision, deployState, lockState, stateChangeResult, deleted, elements, previousRevision,
                syncId, compositionTargetId, subState, transaction);
    }
}
