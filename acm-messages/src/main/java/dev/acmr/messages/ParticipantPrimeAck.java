package dev.acmr.messages;

import java.time.Instant;
import java.util.UUID;

/**
 * Replica to runtime: the outcome of prime or deprime for this participant's elements of a composition, as the
 * participant reported it through {@code updateCompositionState}. The state is PRIMED or COMMISSIONED, the result
 * NO_ERROR or FAILED.
 */
public record ParticipantPrimeAck(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID compositionId, CompositionState compositionState, OperationResult result, String message)
        implements ParticipantMessage {
}
