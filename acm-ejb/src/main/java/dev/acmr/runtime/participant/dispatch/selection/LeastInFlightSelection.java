package dev.acmr.runtime.participant.dispatch.selection;

import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaId;
import dev.acmr.runtime.participant.repository.LiveReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Gives the operation to the replica with the fewest open dispatches (work it was given and has not finished), so a
 * replica stuck on slow operations is spared. Ties rotate with the participant's round-robin ticket, so that idle
 * replicas still share the work evenly. The load comes from the database, the same for every runtime node.
 */
@ApplicationScoped
public class LeastInFlightSelection implements ReplicaSelectionStrategy {

    public static final String NAME = "least-in-flight";

    @Inject
    private LiveReplicaRepository replicas;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ReplicaId select(ParticipantId participant, List<ReplicaId> candidates) {
        return pick(replicas.inFlight(participant), replicas.nextSelectionTicket(participant), candidates);
    }

    static ReplicaId pick(Map<ReplicaId, Long> inFlight, long ticket, List<ReplicaId> candidates) {
        long least = candidates.stream().mapToLong(id -> inFlight.getOrDefault(id, 0L)).min().orElseThrow();
        List<ReplicaId> idlest = candidates.stream().filter(id -> inFlight.getOrDefault(id, 0L) == least).toList();
        return RoundRobinSelection.pick(ticket, idlest);
    }
}
