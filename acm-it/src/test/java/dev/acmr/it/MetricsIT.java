package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.Http;
import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The runtime's metrics as an operator scrapes them: {@code /metrics} (Prometheus text, no credentials) on every
 * runtime node. Names and units on both nodes, durations in seconds (the supervision cycle was once exported in
 * nanoseconds under a {@code _seconds} name), and a deploy counted and timed on the node(s) that settled it: counters
 * are per node, so they are summed over the nodes and compared with a reading taken before the deploy.
 */
class MetricsIT {

    private static final Duration ORDER_TIMEOUT = Duration.ofSeconds(30);
    /** Covers the gauges' refresh (every second, database connections every 5 s) and a scrape. */
    private static final Duration METRICS_TIMEOUT = Duration.ofSeconds(20);
    private static final List<String> NODES = Stack.runtimeUrls();
    private static final RuntimeClient NODE1 = RuntimeClient.authenticated(NODES.get(0));
    private static final RuntimeClient NODE2 = RuntimeClient.authenticated(NODES.get(1));

    /** Every family each node exports from its start (counters and histograms at zero until something happens). */
    private static final List<String> NAMES = List.of(
            "acm_supervision_cycle_seconds_bucket", "acm_supervision_cycle_seconds_count",
            "acm_supervision_cycle_seconds_sum",
            "acm_orders_total",
            "acm_order_duration_seconds_bucket", "acm_order_duration_seconds_count", "acm_order_duration_seconds_sum",
            "acm_dispatches_in_flight", "acm_failovers_total",
            "acm_replica_lag_max", "acm_replicas_lagging", "acm_replicas_live",
            "acm_replica_convergence_seconds_bucket", "acm_replica_convergence_seconds_count",
            "acm_replica_convergence_seconds_sum",
            "acm_messages_received_total",
            "acm_db_connections");

    private static final List<String> SECONDS_HISTOGRAMS = List.of("acm_supervision_cycle_seconds",
            "acm_order_duration_seconds", "acm_replica_convergence_seconds");

    @Test
    void everyNodeExportsTheRuntimeMetricsWithDurationsInSeconds() {
        for (String node : NODES) {
            PrometheusText metrics = Eventually.value(() -> scrape(node),
                    text -> text != null && text.sum("acm_supervision_cycle_seconds_count") > 0
                            && text.sum("acm_messages_received_total") > 0,
                    "supervision cycles and received messages on " + node, METRICS_TIMEOUT);
            for (String name : NAMES) {
                assertTrue(metrics.hasName(name), node + " exports no " + name);
            }

            double cycles = metrics.sum("acm_supervision_cycle_seconds_count");
            double meanCycle = metrics.sum("acm_supervision_cycle_seconds_sum") / cycles;
            assertTrue(meanCycle >= 0 && meanCycle < 60, node + ": mean supervision cycle " + meanCycle + " s");
            Optional<Double> medianCycle = metrics.quantileUpperBound("acm_supervision_cycle_seconds", 0.5, s -> true);
            assertTrue(medianCycle.isPresent() && medianCycle.get() < 60,
                    node + ": supervision cycle p50 at most " + medianCycle + " s");

            // Bucket bounds in seconds (10 minutes at most), never nanoseconds; counts and sums not negative.
            for (String family : SECONDS_HISTOGRAMS) {
                for (PrometheusText.Sample bucket : metrics.named(family + "_bucket")) {
                    double le = PrometheusText.le(bucket);
                    assertTrue(Double.isInfinite(le) || le > 0 && le <= 600, node + ": " + bucket);
                }
                assertTrue(metrics.sum(family + "_sum") >= 0, node + ": " + family + "_sum");
            }
        }
    }

    @Test
    void aDeployIsCountedAndTimedInSecondsOnTheNodesThatSettledIt() {
        Totals before = Totals.read();
        String composition = Compositions.commission(NODE1, "application/yaml",
                Compositions.template("yaml", 20000, Compositions.SIM_TYPE));
        String instance = null;
        try {
            Compositions.order(NODE2, composition, "PRIME");
            Compositions.awaitState(NODE1, composition, "PRIMED", "NO_ERROR", ORDER_TIMEOUT);
            instance = Instances.create(NODE1, composition,
                    Instances.simPayload(composition, JsonValue.EMPTY_JSON_OBJECT));
            Instances.order(NODE2, composition, instance, "deployOrder", "DEPLOY");
            Instances.awaitState(NODE1, composition, instance, "DEPLOYED", "LOCKED", "NO_ERROR", ORDER_TIMEOUT);

            // Counted once the settling transaction committed: on whichever node handled the last ack.
            Totals after = Eventually.value(Totals::read,
                    now -> now.deploys >= before.deploys + 1 && now.deployTimings >= before.deployTimings + 1
                            && now.primes >= before.primes + 1,
                    "the deploy and the prime counted and timed over the nodes (before: " + before + ")",
                    METRICS_TIMEOUT);
            double meanDeploy = (after.deploySeconds - before.deploySeconds)
                    / (after.deployTimings - before.deployTimings);
            assertTrue(meanDeploy > 0 && meanDeploy < ORDER_TIMEOUT.toSeconds(),
                    "a deploy took " + meanDeploy + " s from acceptance to completion");
            assertTrue(after.messages > before.messages, "participant messages received: " + after.messages);

            for (String node : NODES) {
                PrometheusText metrics = Eventually.value(() -> scrape(node),
                        text -> text != null && text.sum("acm_replicas_live") >= 1
                                && text.sum("acm_db_connections") >= 1,
                        "live replicas and database connections on " + node, METRICS_TIMEOUT);
                assertTrue(metrics.sum("acm_dispatches_in_flight") >= 0, node);
            }
        } finally {
            if (instance != null) {
                Instances.removeQuietly(NODE1, composition, instance);
            }
            Compositions.deleteQuietly(NODE2, composition);
        }
    }

    private static PrometheusText scrape(String node) {
        String text = Http.getText(node + "/metrics");
        return text == null ? null : PrometheusText.parse(text);
    }

    /** Per-node figures added over every node; a node that does not answer fails the reading. */
    private record Totals(double deploys, double primes, double deployTimings, double deploySeconds,
            double messages) {

        static Totals read() {
            List<PrometheusText> scrapes = NODES.stream().map(node -> {
                PrometheusText text = scrape(node);
                assertNotNull(text, "no /metrics on " + node);
                return text;
            }).toList();
            Predicate<PrometheusText.Sample> deploy = sample -> sample.has("order", "DEPLOY");
            return new Totals(
                    total(scrapes, text -> text.sum("acm_orders_total",
                            deploy.and(sample -> sample.has("result", "NO_ERROR")))),
                    total(scrapes, text -> text.sum("acm_orders_total",
                            sample -> sample.has("order", "PRIME") && sample.has("result", "NO_ERROR"))),
                    total(scrapes, text -> text.sum("acm_order_duration_seconds_count", deploy)),
                    total(scrapes, text -> text.sum("acm_order_duration_seconds_sum", deploy)),
                    total(scrapes, text -> text.sum("acm_messages_received_total")));
        }

        private static double total(List<PrometheusText> scrapes, ToDoubleFunction<PrometheusText> figure) {
            return scrapes.stream().mapToDouble(figure).sum();
        }
    }
}
