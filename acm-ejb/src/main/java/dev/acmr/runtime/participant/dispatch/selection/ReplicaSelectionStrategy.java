package dev.acmr.runtime.participant.dispatch.selection;

import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaId;
import java.util.List;

/**
 * Picks one replica of a participant for an operation. Implementations are CDI beans; the one whose {@link #name()}
 * matches {@code acm.replica.selection} is used. Called inside the transaction that dispatches the operation.
 */
public interface ReplicaSelectionStrategy {

    /** The configuration name, e.g. {@code round-robin}. */
    String name();

    /** One of {@code candidates} (the selectable replicas), which is never empty and is in a stable order. */
    ReplicaId select(ParticipantId participant, List<ReplicaId> candidates);
}
