package dev.acmr.runtime.participant.dispatch.selection;

import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaId;
import dev.acmr.runtime.participant.repository.LiveReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Takes the selectable replicas in turn. The turn is a ticket from a database sequence, so consecutive operations
 * rotate even when they are accepted by different runtime nodes, and no dispatch waits for another's commit.
 */
@ApplicationScoped
public class RoundRobinSelection implements ReplicaSelectionStrategy {

    public static final String NAME = "round-robin";

    @Inject
    private LiveReplicaRepository replicas;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ReplicaId select(ParticipantId participant, List<ReplicaId> liveReplicas) {
        return pick(replicas.nextSelectionTicket(participant), liveReplicas);
    }

    static ReplicaId pick(long ticket, List<ReplicaId> liveReplicas) {
        return liveReplicas.get((int) Math.floorMod(ticket, (long) liveReplicas.size()));
    }
}
