package dev.acmr.runtime.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Use of the database connections ({@value #CONNECTIONS}, by session state), seen from PostgreSQL: the JDBC pool's
 * own figures are not reachable from the application (Payara's pool monitoring serves them per node; see
 * docs/operations.md). {@code active} are connections running a statement, {@code idle} are pooled connections
 * waiting; the figure covers every node and is read by {@link #sample()} at most every {@link #MAX_AGE}.
 */
@ApplicationScoped
public class DatabaseMetrics {

    static final String CONNECTIONS = "acm.db.connections";
    static final String STATE_TAG = "state";
    static final List<String> STATES = List.of("active", "idle", "idle in transaction");
    static final Duration MAX_AGE = Duration.ofSeconds(5);

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    private MetricRegistry registry;

    @Inject
    private GaugeQueries queries;

    private CachedValue<Map<String, Long>> byState;
    private volatile Map<String, Long> connections = Map.of();

    public DatabaseMetrics() {
    }

    DatabaseMetrics(MetricRegistry registry, GaugeQueries queries) {
        this.registry = registry;
        this.queries = queries;
    }

    /** Registers the gauges when the application starts, not when first used. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // creating the bean is the point: @PostConstruct registers
    }

    @PostConstruct
    void register() {
        byState = new CachedValue<>(queries::connectionsByState, MAX_AGE, Map.of());
        for (String state : STATES) {
            registry.gauge(Metadata.builder().withName(CONNECTIONS)
                    .withDescription("Connections to the runtime's database by session state, every node").build(),
                    () -> connections.getOrDefault(state, 0L), new Tag(STATE_TAG, state.replace(' ', '_')));
        }
    }

    /** Refreshes the figures (at most once per {@link #MAX_AGE}); see {@link MetricsSampler}. */
    public void sample() {
        connections = byState.get();
    }
}
