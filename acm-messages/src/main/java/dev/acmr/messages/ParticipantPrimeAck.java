package dev.acmr.messages;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Replica to runtime: the outcome of prime or deprime for this participant's elements of a composition, as the
 * participant reported it through {@code updateCompositionState}. The state is PRIMED or COMMISSIONED, the result
 * NO_ERROR or FAILED.
 *
 * <p>{@code orderRevision} is the revision of the {@link ParticipantPrime} this answers (0 if the replica never
 * received one). It fences the ack: the runtime applies it only to that order, so a late ack of an earlier attempt
 * cannot settle, or fail, the retry that replaced it.
 *
 * <p>{@code outPropertiesList} carries the element definitions' out-properties given with the outcome
 * ({@code updateCompositionState(..., outPropertiesMap)}, ONAP's outPropertiesList); the runtime stores them on the
 * reporting participant's elements as it does for {@link ParticipantDefinitionInfo}. Empty when none were given.
 * {@code dispatchId} echoes {@link ParticipantPrime#dispatchId()} (null if unknown).
 */
public record ParticipantPrimeAck(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID compositionId, CompositionState compositionState, OperationResult result, String message,
        long orderRevision, List<ElementOutProperties> outPropertiesList, UUID dispatchId)
        implements ParticipantMessage {

    @JsonbCreator
    public ParticipantPrimeAck {
        outPropertiesList = outPropertiesList == null ? List.of() : List.copyOf(outPropertiesList);
    }

    /** An ack that does not name the dispatch it answers. */
    public ParticipantPrimeAck(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
            UUID compositionId, CompositionState compositionState, OperationResult result, String message,
            long orderRevision, List<ElementOutProperties> outPropertiesList) {
        this(messageId, timestamp, participantId, replicaId, compositionId, compositionState, result, message,
                orderRevision, outPropertiesList, null);
    }
}
