package dev.acmr.messages;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runtime to one replica of a participant: prime (or deprime) a composition. Only the elements this participant runs
 * are listed. The chosen replica calls its listener and answers with a {@link ParticipantPrimeAck}, echoing
 * {@code dispatchId} (the runtime's record of this dispatch, null if it keeps none).
 */
public record ParticipantPrime(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID compositionId, PrimeOrder primeOrder, long revision, List<ElementDefinition> elements, UUID dispatchId)
        implements ParticipantMessage {

    @JsonbCreator
    public ParticipantPrime {
        elements = elements == null ? List.of() : List.copyOf(elements);
    }

    /** An order with no dispatch record. */
    public ParticipantPrime(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
            UUID compositionId, PrimeOrder primeOrder, long revision, List<ElementDefinition> elements) {
        this(messageId, timestamp, participantId, replicaId, compositionId, primeOrder, revision, elements, null);
    }
}
