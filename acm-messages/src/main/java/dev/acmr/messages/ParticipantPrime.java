package dev.acmr.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runtime to one replica of a participant: prime (or deprime) a composition. Only the elements this participant runs
 * are listed. The chosen replica calls its listener and answers with a {@link ParticipantPrimeAck}.
 */
public record ParticipantPrime(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID compositionId, PrimeOrder primeOrder, long revision, List<ElementDefinition> elements)
        implements ParticipantMessage {

    public ParticipantPrime {
        elements = elements == null ? List.of() : List.copyOf(elements);
    }
}
