package dev.acmr.messages;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Replica to runtime: the acks of the elements of one dispatch of an instance order, sent together so that the
 * runtime locks the instance once for all of them instead of once per element. Each carried {@link InstanceElementAck}
 * stays complete (its own element, states, stage, order revision, dispatch id, report sequence and out-properties) and
 * is judged by the runtime exactly as if it had come alone; they are listed in the order the replica reported them
 * (increasing {@code reportSequence}). A runtime still accepts single acks, which replicas send for elements of no
 * known dispatch.
 */
public record InstanceElementAcks(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID instanceId, List<InstanceElementAck> acks) implements ParticipantMessage {

    @JsonbCreator
    public InstanceElementAcks {
        acks = acks == null ? List.of() : List.copyOf(acks);
    }
}
