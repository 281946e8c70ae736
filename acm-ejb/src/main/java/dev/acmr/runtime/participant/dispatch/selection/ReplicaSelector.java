package dev.acmr.runtime.participant.dispatch.selection;

import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import dev.acmr.runtime.participant.domain.ReplicaId;
import dev.acmr.runtime.participant.repository.LiveReplica;
import dev.acmr.runtime.participant.repository.LiveReplicaRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the replica for an operation message with the configured strategy, among the replicas that may be given
 * work. It only chooses: recording the choice is the dispatch record's job
 * ({@link dev.acmr.runtime.participant.dispatch.DispatchService} does both).
 */
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
     * The replica of {@code participant} that is to run the next operation message: one of the live replicas that
     * confirmed their full sync and are not drained.
     *
     * @throws NoLiveReplicaException if no replica of the participant may be selected
     */
    public ReplicaAddress choose(ParticipantId participant) {
        List<LiveReplica> live = replicas.liveReplicas(participant);
        List<ReplicaId> selectable = live.stream().filter(LiveReplica::selectable).map(LiveReplica::id).toList();
        if (selectable.isEmpty()) {
            throw live.isEmpty() ? new NoLiveReplicaException(participant)
                    : new NoLiveReplicaException(participant, live.size());
        }
        ReplicaId chosen = strategy.select(participant, selectable);
        LOG.fine(() -> "Replica " + chosen + " of participant " + participant + " chosen among " + selectable.size()
                + " selectable");
        return new ReplicaAddress(participant, chosen);
    }

    /** One live replica of the participant (selectable or not), the same on every node; empty if it has none. */
    public Optional<ReplicaAddress> anyLive(ParticipantId participant) {
        return replicas.liveReplicas(participant).stream().findFirst()
                .map(replica -> new ReplicaAddress(participant, replica.id()));
    }

    /** Whether the participant has a live replica now (selectable or not). */
    public boolean isLive(ParticipantId participant) {
        return !replicas.liveReplicas(participant).isEmpty();
    }
}
