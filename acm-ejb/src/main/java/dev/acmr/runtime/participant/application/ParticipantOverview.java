package dev.acmr.runtime.participant.application;

import dev.acmr.runtime.participant.domain.Participant;
import dev.acmr.runtime.participant.domain.ParticipantReplica;
import dev.acmr.runtime.participant.domain.ReplicaId;
import dev.acmr.runtime.participant.repository.ParticipantHoldingsRepository.Holdings;
import java.util.Map;
import java.util.Set;

/**
 * A participant as operators see it: the participant, what the runtime says it holds (count and revision sum), its
 * drained replicas and each replica's open dispatches.
 */
public record ParticipantOverview(Participant participant, Holdings holdings, Set<ReplicaId> drained,
        Map<ReplicaId, Long> inFlight) {

    /**
     * How far the replica's copy is from the runtime's, in revisions (and entities it lacks or has too many): 0 when
     * it holds the same. While an order runs, the replicas that do not run it lag by the order's revision until the
     * runtime syncs its outcome.
     */
    public long lagOf(ParticipantReplica replica) {
        return Math.abs(holdings.revisionSum() - replica.heldRevision())
                + Math.abs(holdings.count() - replica.heldCount());
    }

    /** The revision sum of what the runtime holds for the participant: what every replica's copy should add up to. */
    public long heldRevision() {
        return holdings.revisionSum();
    }

    public boolean isDrained(ParticipantReplica replica) {
        return drained.contains(replica.id());
    }

    public long inFlightOf(ParticipantReplica replica) {
        return inFlight.getOrDefault(replica.id(), 0L);
    }
}
