package dev.acmr.runtime.participant.dispatch;

import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaId;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of the dispatch log: what was dispatched to which replica, when, and when and how its part ended.
 *
 * @param outcome the outcome column as stored, shown verbatim: a {@link DispatchOutcome} name once settled; empty
 *        while open, or {@code ORPHANED} while failover has yet to move open work whose replica restarted; rows
 *        settled before outcomes were recorded say {@code SETTLED}. Kept as text so that no stored value, known to
 *        this version or not, can break the log.
 */
public record DispatchLogEntry(Dispatch dispatch, ParticipantId participant, ReplicaId replica, Instant dispatchedAt,
        Optional<Instant> settledAt, Optional<String> outcome) {
}
