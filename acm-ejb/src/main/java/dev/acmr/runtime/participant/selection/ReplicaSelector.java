package dev.acmr.runtime.participant.selection;

import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import dev.acmr.runtime.participant.domain.ReplicaId;
import dev.acmr.runtime.participant.repository.LiveReplicaRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Chooses the replica for an operation with the configured strategy, and records the choice. */
@ApplicationScoped
public class ReplicaSelector {

    private static final Logger LOG = Logger.getLogger(ReplicaSelector.class.getName());

    @Inject
    private LiveReplicaRepository replicas;

    @Inject
    private Instance<ReplicaSelectionStrategy> strategies;

    @Inject
    @ConfigProperty(name = "acm.replica.selection", defaultValue = RoundRobinSelection.NAME)
    private String configured;

    private ReplicaSelectionStrategy strategy;

    @PostConstruct
    void chooseStrategy() {
        strategy = strategies.stream()
                .filter(candidate -> candidate.name().equals(configured))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("acm.replica.selection=" + configured
                        + " names no strategy; known: " + strategies.stream().map(ReplicaSelectionStrategy::name).toList()));
        LOG.info(() -> "Replica selection strategy: " + strategy.name());
    }

    /**
     * The replica of {@code participant} that runs {@code operation} on {@code entityId}.
     *
     * @throws NoLiveReplicaException if the participant has no live replica
     */
    public ReplicaAddress choose(ParticipantId participant, UUID entityId, String operation) {
        List<ReplicaId> live = replicas.liveReplicas(participant);
        if (live.isEmpty()) {
            throw new NoLiveReplicaException(participant);
        }
        ReplicaId chosen = strategy.select(participant, live);
        replicas.recordDispatch(entityId, operation, participant, chosen);
        LOG.fine(() -> operation + " of " + entityId + " goes to replica " + chosen + " of " + live.size());
        return new ReplicaAddress(participant, chosen);
    }

    /** Whether the participant has a live replica now. */
    public boolean isLive(ParticipantId participant) {
        return !replicas.liveReplicas(participant).isEmpty();
    }
}
