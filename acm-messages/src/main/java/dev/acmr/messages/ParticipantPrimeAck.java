package dev.acmr.messages;

import java.time.Instant;
import java.util.UUID;

/**
 * Replica to runtime: the outcome of prime or deprime for this participant's elements of a composition, as the
 * participant reported it through {@code updateCompositionState}. The state is PRIMED or COMMISSIONED, the result
 * NO_ERROR or FAILED.
 *
 * <p>{@code orderRevision} is the revision of the {@link ParticipantPrime} this answers (0 if the replica never
 * received one). It fences the ack: the runtime applies it only to that order, so a late ack of an earlier attempt
 * cannot settle, or fail, the retry that replaced it.
 */
public record ParticipantPrimeAck(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID compositionId, CompositionState compositionState, OperationResult result, String message,
        long orderRevision) implements ParticipantMessage {
}
