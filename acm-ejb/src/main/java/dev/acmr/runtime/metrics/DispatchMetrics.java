package dev.acmr.runtime.metrics;

import dev.acmr.runtime.participant.dispatch.Dispatch;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Dispatch figures: operation messages in flight over the runtime ({@value #IN_FLIGHT}, from the open dispatch
 * records, refreshed by {@link #sample()} about once a second), and work moved off a replica that left or restarted
 * ({@value #FAILOVERS}, on the node whose sweep moved it, by entity kind).
 */
@ApplicationScoped
public class DispatchMetrics {

    static final String IN_FLIGHT = "acm.dispatches.in.flight";
    static final String FAILOVERS = "acm.failovers.total";
    static final String KIND_TAG = "kind";
    static final Duration MAX_AGE = Duration.ofSeconds(1);

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    private MetricRegistry registry;

    @Inject
    private GaugeQueries queries;

    private CachedValue<Long> inFlight;
    private volatile long inFlightNow;

    public DispatchMetrics() {
    }

    DispatchMetrics(MetricRegistry registry, GaugeQueries queries) {
        this.registry = registry;
        this.queries = queries;
    }

    /** Registers the gauges when the application starts, not when first used. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // creating the bean is the point: @PostConstruct registers
    }

    @PostConstruct
    void register() {
        inFlight = new CachedValue<>(queries::inFlightDispatches, MAX_AGE, 0L);
        registry.gauge(Metadata.builder().withName(IN_FLIGHT)
                .withDescription("Operation messages whose replica still owes its answer, over the runtime").build(),
                () -> inFlightNow);
        for (Dispatch.EntityKind kind : Dispatch.EntityKind.values()) {
            failovers(kind);
        }
    }

    /** Refreshes the in-flight figure (at most once per {@link #MAX_AGE}); see {@link MetricsSampler}. */
    public void sample() {
        inFlightNow = inFlight.get();
    }

    /** Called once the failover of one dispatch committed. */
    public void failedOver(Dispatch.EntityKind kind) {
        failovers(kind).inc();
    }

    private org.eclipse.microprofile.metrics.Counter failovers(Dispatch.EntityKind kind) {
        return registry.counter(Metadata.builder().withName(FAILOVERS)
                .withDescription("Dispatches sent again to another replica after theirs left or restarted").build(),
                new Tag(KIND_TAG, kind.name()));
    }
}
