package dev.acmr.messages;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runtime to every replica of a participant (replicaId null) or to one joining replica: the participant's view of a
 * composition at a revision. Replicas apply it only if the revision is newer than the one they hold, so duplicates
 * and late copies change nothing. {@code deleted} removes the composition from the view (it was deprimed).
 * {@code previousRevision}, {@code syncId} and {@code writtenIn} mean what they mean in {@link InstanceSync}.
 */
public record ParticipantCompositionSync(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID compositionId, long revision, CompositionState state, boolean deleted, List<ElementDefinition> elements,
        long previousRevision, UUID syncId, long writtenIn) implements ParticipantMessage {

    @JsonbCreator
    public ParticipantCompositionSync {
        elements = elements == null ? List.of() : List.copyOf(elements);
    }

    /** A sync not stamped with the transaction that sent it. */
    public ParticipantCompositionSync(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
            UUID compositionId, long revision, CompositionState state, boolean deleted,
            List<ElementDefinition> elements, long previousRevision, UUID syncId) {
        this(messageId, timestamp, participantId, replicaId, compositionId, revision, state, deleted, elements,
                previousRevision, syncId, 0L);
    }

    /** This sync, stamped with the transaction that sends it. */
    public ParticipantCompositionSync writtenIn(long transaction) {
        return new ParticipantCompositionSync(messageId, timestamp, participantId, replicaId, compositionId, revision,
                state, deleted, elements, previousRevision, syncId, transaction);
    }
}
