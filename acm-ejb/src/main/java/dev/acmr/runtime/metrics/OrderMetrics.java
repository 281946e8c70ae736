package dev.acmr.runtime.metrics;

import dev.acmr.runtime.composition.domain.PrimeOrder;
import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Orders by type and result ({@value #ORDERS}) and how long successful ones took from acceptance to completion
 * ({@value #DURATION}, by database time), counted on the node that settled them, once the settling transaction
 * commits. Failed and timed-out orders are counted but not timed: their duration is the participant's or the
 * deadline's, not the operation's.
 */
@ApplicationScoped
public class OrderMetrics {

    static final String ORDERS = "acm.orders.total";
    static final String DURATION = "acm.order.duration.seconds";
    static final String ORDER_TAG = "order";
    static final String RESULT_TAG = "result";

    /** The orders whose series exist from the start, at zero (the ones the runtime supports). */
    static Stream<String> supportedOrders() {
        return Stream.concat(Stream.of(PrimeOrder.values()).map(Enum::name),
                Stream.of(InstanceOrder.DEPLOY, InstanceOrder.UNDEPLOY, InstanceOrder.LOCK, InstanceOrder.UNLOCK,
                        InstanceOrder.UPDATE, InstanceOrder.DELETE).map(Enum::name));
    }

    private static final Logger LOG = Logger.getLogger(OrderMetrics.class.getName());

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    private MetricRegistry registry;

    @Inject
    private OrderTimingRepository timing;

    @Inject
    private AfterCommit afterCommit;

    private final Map<String, SecondsHistogram> durations = new ConcurrentHashMap<>();

    public OrderMetrics() {
    }

    OrderMetrics(MetricRegistry registry, OrderTimingRepository timing, AfterCommit afterCommit) {
        this.registry = registry;
        this.timing = timing;
        this.afterCommit = afterCommit;
    }

    /** Registers the gauges when the application starts, not when first used. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // creating the bean is the point: @PostConstruct registers
    }

    @PostConstruct
    void register() {
        supportedOrders().forEach(order -> {
            for (StateChangeResult result : StateChangeResult.values()) {
                counter(order, result);
            }
            histogram(order);
        });
    }

    /** In the settling transaction: reads the order's start (in a transaction of its own), records after the commit. */
    public void onSettled(@Observes OrderSettled settled) {
        try {
            Optional<OrderTimingRepository.OrderTiming> started =
                    timing.order(settled.entityId(), settled.orderRevision());
            String order = settled.order().or(() -> started.map(OrderTimingRepository.OrderTiming::order))
                    .orElse("UNKNOWN");
            afterCommit.run(() -> record(order, settled.result(),
                    started.filter(found -> found.order().equals(order))
                            .map(OrderTimingRepository.OrderTiming::elapsedSeconds)));
        } catch (RuntimeException e) {
            // Counting must never fail the order.
            LOG.log(Level.FINE, "Order metrics skipped for " + settled, e);
        }
    }

    void record(String order, StateChangeResult result, Optional<Double> elapsedSeconds) {
        counter(order, result).inc();
        if (result == StateChangeResult.NO_ERROR) {
            elapsedSeconds.ifPresent(histogram(order)::recordSeconds);
        }
    }

    private org.eclipse.microprofile.metrics.Counter counter(String order, StateChangeResult result) {
        return registry.counter(Metadata.builder().withName(ORDERS)
                .withDescription("Orders settled on this node, by order and result").build(),
                new Tag(ORDER_TAG, order), new Tag(RESULT_TAG, result.name()));
    }

    private SecondsHistogram histogram(String order) {
        return durations.computeIfAbsent(order, name -> HistogramGauges.register(registry, DURATION,
                "Seconds from an order's acceptance to its completion, successful orders settled on this node",
                new SecondsHistogram(SecondsHistogram.SLOW), new Tag(ORDER_TAG, name)));
    }
}
