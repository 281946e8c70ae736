package dev.acmr.runtime.metrics;

import dev.acmr.runtime.participant.application.ParticipantOverview;
import dev.acmr.runtime.participant.application.ParticipantQueryService;
import dev.acmr.runtime.participant.domain.ParticipantReplica;
import dev.acmr.runtime.participant.domain.ParticipantState;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Replica lag and convergence, sampled by the {@link MetricsSampler} about once a second on every node (the figures are
 * the runtime's, the same on both nodes: take their max, not their sum). Lag is the API's figure (revisions and
 * entities a replica's copy differs from the runtime's, from its last heartbeat): {@value #LAG_MAX} is the largest
 * over every live replica, {@value #LAGGING} how many lag. {@value #CONVERGENCE} times how long a participant took
 * from a committed change to every replica reporting it (see {@link ConvergenceTracker} for its resolution).
 */
@ApplicationScoped
public class ReplicaMetrics {

    static final String LAG_MAX = "acm.replica.lag.max";
    static final String LAGGING = "acm.replicas.lagging";
    static final String LIVE = "acm.replicas.live";
    static final String CONVERGENCE = "acm.replica.convergence.seconds";

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    private MetricRegistry registry;

    @Inject
    private ParticipantQueryService participants;

    private final AtomicLong lagMax = new AtomicLong();
    private final AtomicLong lagging = new AtomicLong();
    private final AtomicLong live = new AtomicLong();
    private final ConvergenceTracker tracker = new ConvergenceTracker();
    private SecondsHistogram convergence;

    public ReplicaMetrics() {
    }

    ReplicaMetrics(MetricRegistry registry) {
        this.registry = registry;
    }

    /** Registers the gauges when the application starts, not when first used. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // creating the bean is the point: @PostConstruct registers
    }

    @PostConstruct
    void register() {
        registry.gauge(Metadata.builder().withName(LAG_MAX)
                .withDescription("Largest lag of a live replica, in revisions, over the runtime").build(), lagMax::get);
        registry.gauge(Metadata.builder().withName(LAGGING)
                .withDescription("Live replicas whose copy differs from the runtime's").build(), lagging::get);
        registry.gauge(Metadata.builder().withName(LIVE)
                .withDescription("Live replicas of every participant").build(), live::get);
        convergence = HistogramGauges.register(registry, CONVERGENCE,
                "Seconds from a committed change to every replica of its participant holding it",
                new SecondsHistogram(SecondsHistogram.FAST));
    }

    /** One sample, by the {@link MetricsSampler}. */
    public void sample() {
        record(participants.list(Optional.empty()), System.nanoTime());
    }

    /** Takes the figures of one sample, read at {@code now} (a monotonic time in nanoseconds). */
    synchronized void record(List<ParticipantOverview> overviews, long now) {
        long max = 0;
        long laggingReplicas = 0;
        long liveReplicas = 0;
        Set<String> seen = new HashSet<>();
        for (ParticipantOverview overview : overviews) {
            long participantMax = 0;
            for (ParticipantReplica replica : overview.participant().replicasInRegistrationOrder()) {
                if (replica.state() != ParticipantState.ON_LINE) {
                    continue; // listed for a while after it stopped, but neither live nor lagging
                }
                long lag = overview.lagOf(replica);
                participantMax = Math.max(participantMax, lag);
                laggingReplicas += lag > 0 ? 1 : 0;
                liveReplicas++;
            }
            String id = overview.participant().id().toString();
            seen.add(id);
            tracker.observe(id, participantMax, now).ifPresent(convergence::record);
            max = Math.max(max, participantMax);
        }
        tracker.retainOnly(seen);
        lagMax.set(max);
        lagging.set(laggingReplicas);
        live.set(liveReplicas);
    }
}
