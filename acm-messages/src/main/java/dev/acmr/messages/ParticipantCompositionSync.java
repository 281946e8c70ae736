package dev.acmr.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runtime to every replica of a participant (replicaId null) or to one joining replica: the participant's view of a
 * composition at a revision. Replicas apply it only if the revision is newer than the one they hold, so duplicates
 * and late copies change nothing. {@code deleted} removes the composition from the view (it was deprimed).
 * {@code previousRevision} and {@code syncId} mean what they mean in {@link InstanceSync}.
 */
public record ParticipantCompositionSync(UUID messageId, Instant timestamp, UUID participantId, UUID replicaId,
        UUID compositionId, long revision, CompositionState state, boolean deleted, List<ElementDefinition> elements,
        long previousRevision, UUID syncId) implements ParticipantMessage {

    public ParticipantCompositionSync {
        elements = elements == null ? List.of() : List.copyOf(elements);
    }
}
