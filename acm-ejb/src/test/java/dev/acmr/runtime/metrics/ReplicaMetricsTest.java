package dev.acmr.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.runtime.participant.application.ParticipantOverview;
import dev.acmr.runtime.participant.domain.Participant;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaId;
import dev.acmr.runtime.participant.repository.ParticipantHoldingsRepository.Holdings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replica lag gauges and convergence times from samples of what the API shows per replica. */
class ReplicaMetricsTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final FakeRegistry fake = new FakeRegistry();
    private final ReplicaMetrics metrics = new ReplicaMetrics(fake.registry);
    private final Participant participant = new Participant(new ParticipantId(UUID.randomUUID()));

    @BeforeEach
    void twoReplicasHoldingNothing() {
        metrics.register();
        participant.replicaHeard(new ReplicaId(UUID.randomUUID()), Instant.now());
        participant.replicaHeard(new ReplicaId(UUID.randomUUID()), Instant.now());
    }

    @Test
    void showsTheLargestLagAndTheLaggingAndLiveReplicas() {
        metrics.record(List.of(runtimeHolds(1, 5)), 0);

        assertEquals(6, fake.gauge("acm_replica_lag_max"));
        assertEquals(2, fake.gauge("acm_replicas_lagging"));
        assertEquals(2, fake.gauge("acm_replicas_live"));
    }

    @Test
    void timesAParticipantFromLaggingToConverged() {
        metrics.record(List.of(runtimeHolds(0, 0)), 0);
        metrics.record(List.of(runtimeHolds(1, 5)), SECOND);
        metrics.record(List.of(runtimeHolds(1, 5)), 2 * SECOND);
        metrics.record(List.of(runtimeHolds(0, 0)), 3 * SECOND);

        assertEquals(0, fake.gauge("acm_replica_lag_max"));
        assertEquals(1, fake.gauge("acm_replica_convergence_seconds_count"));
        assertEquals(2.0, fake.gauge("acm_replica_convergence_seconds_sum"), 1e-9);
        assertEquals(1, fake.gauge("acm_replica_convergence_seconds_bucket{le=\"2.5\"}"));
        assertEquals(0, fake.gauge("acm_replica_convergence_seconds_bucket{le=\"1.0\"}"));
    }

    private ParticipantOverview runtimeHolds(int count, long revisionSum) {
        return new ParticipantOverview(participant, new Holdings(count, revisionSum), Set.of(), Map.of());
    }
}
