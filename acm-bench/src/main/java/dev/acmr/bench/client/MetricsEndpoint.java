package dev.acmr.bench.client;

import dev.acmr.client.http.Http;
import java.util.List;

/**
 * A runtime node's Prometheus text ({@code /metrics}): the application scope where the server separates scopes,
 * else everything. Null when no path answers with the metric family looked for (an older runtime, a node down).
 */
public final class MetricsEndpoint {

    private static final List<String> PATHS = List.of("/metrics?scope=application", "/metrics/application", "/metrics");

    private MetricsEndpoint() {
    }

    /** The first of the node's metrics texts that contains {@code family}; null when none does. */
    public static String read(String nodeUrl, String family) {
        for (String path : PATHS) {
            String text;
            try {
                text = Http.getText(nodeUrl + path);
            } catch (RuntimeException e) {
                return null; // interrupted or a malformed URL: the metrics are just not available
            }
            if (text != null && text.contains(family)) {
                return text;
            }
        }
        return null;
    }
}
