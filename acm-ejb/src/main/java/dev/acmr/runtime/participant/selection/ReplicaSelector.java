package dev.acmr.runtime.participant.selection;

import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import dev.acmr.runtime.participant.domain.ReplicaId;
import dev.acmr.runtime.participant.repository.Dispatch;
import dev.acmr.runtime.participant.repository.LiveReplica;
import dev.acmr.runtime.participant.repository.LiveReplicaRepository;
import dev.acmr.runtime.participant.repository.OperationDispatchRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the replica for an operation message with the configured strategy, among the replicas that may be given
 * work, and records the choice (which replica ran what is visible through the API and is failover's work list).
 */
@ApplicationScoped
public class ReplicaSelector {

    private static final Logger LOG = Logger.getLogger(ReplicaSelector.class.getName());

    @Inject
    private LiveReplicaRepository replicas;

    @Inject
    private OperationDispatchRepository dispatches;

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
     * The replica of {@code participant} that runs {@code dispatch}: one of the live replicas that confirmed their
     * full sync and are not drained. The choice is recorded as an open dispatch.
     *
     * @throws NoLiveReplicaException if no replica of the participant may be selected
     */
    public ReplicaAddress choose(ParticipantId participant, Dispatch dispatch) {
        List<LiveReplica> live = replicas.liveReplicas(participant);
        List<ReplicaId> selectable = live.stream().filter(LiveReplica::selectable).map(LiveReplica::id).toList();
        if (selectable.isEmpty()) {
            throw live.isEmpty() ? new NoLiveReplicaException(participant)
                    : new NoLiveReplicaException(participant, live.size());
        }
        ReplicaId chosen = strategy.select(participant, selectable);
        dispatches.record(dispatch, participant, chosen);
        LOG.fine(() -> dispatch.operation() + " phase " + dispatch.phase() + " of " + dispatch.entityId()
                + " goes to replica " + chosen + " of " + selectable.size() + " selectable");
        return new ReplicaAddress(participant, chosen);
    }

    /** Whether the participant has a live replica now (selectable or not). */
    public boolean isLive(ParticipantId participant) {
        return !replicas.liveReplicas(participant).isEmpty();
    }
}
