package dev.acmr.messages;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runtime to one replica of a participant: run {@code operation} on the listed elements of an instance, which are
 * this participant's elements of one start phase (deploy, undeploy, lock, unlock, delete), of one stage (migrate,
 * prepare, migration revert; {@code startPhase} then holds the stage) or all of them (update, review, precheck).
 * The replica calls its listener once per element and answers with one {@link InstanceElementAck} per element.
 * ONAP's AutomationCompositionDeploy, AutomationCompositionStateChange, PropertiesUpdate,
 * AutomationCompositionMigration and AutomationCompositionPrepare in one message type.
 *
 * <p>{@code dispatchId} names the runtime's record of this dispatch (null if the sender keeps none); the replica
 * echoes it in its acks so that the runtime can tell which dispatch an ack answers. {@code compositionTargetId} and
 * {@code changes} are set for MIGRATE, MIGRATE_PRECHECK and MIGRATION_REVERT.
 */
public record InstanceOrder(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId, UUID instanceId,
        UUID compositionId, InstanceOperation operation, long revision, int startPhase, List<InstanceElement> elements,
        UUID dispatchId, UUID compositionTargetId, List<ElementChange> changes)
        implements ParticipantMessage {

    @JsonbCreator
    public InstanceOrder {
        elements = elements == null ? List.of() : List.copyOf(elements);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** An order outside a migration, with no dispatch record. */
    public InstanceOrder(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId, UUID instanceId,
            UUID compositionId, InstanceOperation operation, long revision, int startPhase,
            List<InstanceElement> elements) {
        this(messageId, timestamp, participantId, replicaId, instanceId, compositionId, operation, revision,
                startPhase, elements, null, null, List.of());
    }
}
