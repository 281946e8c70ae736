package dev.acmr.runtime.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The hops a participant's report takes through this node, so that a slow convergence can be split into where its
 * time went: {@value #TRANSIT} (the sender's timestamp to this node's consumer: the sending replica and the broker;
 * one host, one clock), {@value #COMMIT} (received to its transaction committed: this node and the database), by
 * message type, and {@value #PUBLISH} (a committed transaction to its messages handed to the broker: the outbox
 * relay). What remains of a convergence is the broker's delivery to the other replicas and their applying it.
 */
@ApplicationScoped
public class MessageHopMetrics {

    static final String TRANSIT = "acm.report.transit.seconds";
    static final String COMMIT = "acm.report.commit.seconds";
    static final String PUBLISH = "acm.message.publish.seconds";
    /** Finer than {@link SecondsHistogram#FAST} below 50 ms, where these hops live. */
    static final double[] HOPS = {0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075,
        0.1, 0.25, 0.5, 1, 2.5, 5};

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    private MetricRegistry registry;

    private final Map<String, SecondsHistogram> histograms = new ConcurrentHashMap<>();

    public void transit(String messageType, Duration duration) {
        histogram(TRANSIT, "From a participant's message timestamp to this node receiving it", messageType)
                .record(duration);
    }

    public void committed(String messageType, Duration duration) {
        histogram(COMMIT, "From this node receiving a participant message to its transaction committed",
                messageType).record(duration);
    }

    public void published(Duration duration) {
        histogram(PUBLISH, "From a transaction committed to its messages handed to the broker", null)
                .record(duration);
    }

    private SecondsHistogram histogram(String name, String description, String messageType) {
        String type = messageType == null || messageType.isBlank() ? "unknown" : messageType;
        return histograms.computeIfAbsent(name + '|' + (messageType == null ? "" : type), key -> messageType == null
                ? HistogramGauges.register(registry, name, description, new SecondsHistogram(HOPS))
                : HistogramGauges.register(registry, name, description, new SecondsHistogram(HOPS),
                        new Tag("type", type)));
    }
}
