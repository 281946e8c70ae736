package dev.acmr.bench.scenario;

import dev.acmr.client.http.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The runtime's supervision cycle timer (a MicroProfile Metrics timer around each node's per-second sweeps), read
 * from every node's {@code /metrics} in Prometheus text: the series whose name contains {@code supervision_cycle}.
 * Counts and sums are added over the nodes; a window's mean cycle is delta(sum) / delta(count).
 */
public final class SupervisionMetrics {

    static final String METRIC = "supervision_cycle";
    private static final List<String> PATHS = List.of("/metrics?scope=application", "/metrics/application", "/metrics");

    private SupervisionMetrics() {
    }

    /** Counts and sums over every node, or null when no node exposes the metric. */
    public static Snapshot read(List<String> nodeUrls) {
        double count = 0;
        double sumMs = 0;
        boolean found = false;
        List<String> quantiles = new ArrayList<>();
        for (String node : nodeUrls) {
            for (String path : PATHS) {
                String text = Http.getText(node + path);
                if (text == null || !text.contains(METRIC)) {
                    continue;
                }
                for (String line : text.split("\n")) {
                    if (line.startsWith("#") || !line.contains(METRIC)) {
                        continue;
                    }
                    String name = line.split("[{ ]", 2)[0];
                    double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
                    double toMs = name.contains("milliseconds") ? 1 : name.contains("nanoseconds") ? 1e-6 : 1000;
                    if (name.endsWith("_count")) {
                        count += value;
                        found = true;
                    } else if (name.endsWith("_sum")) {
                        sumMs += value * toMs;
                    } else if (line.contains("quantile=")) {
                        String q = line.replaceAll(".*quantile=\"([^\"]*)\".*", "$1");
                        // Payara writes a timer's quantiles in nanoseconds under a _seconds name (its _sum is in
                        // seconds): no cycle of a per-second sweep lasts 1000 s, so such a value is nanoseconds.
                        double ms = value * toMs > 1_000_000 ? value / 1e6 : value * toMs;
                        quantiles.add(node.replaceAll(".*:", ":") + " q" + q + " = "
                                + String.format(Locale.ROOT, "%.2f ms", ms));
                    }
                }
                break;
            }
        }
        return found ? new Snapshot(count, sumMs, quantiles) : null;
    }

    /** Cumulative cycle count and time (ms) over the nodes, and the quantile lines as the nodes report them. */
    public record Snapshot(double count, double sumMs, List<String> quantiles) {

        /** The mean cycle time between {@code earlier} and this snapshot, NaN when no cycle ran. */
        public double meanSince(Snapshot earlier) {
            double cycles = count - earlier.count;
            return cycles <= 0 ? Double.NaN : (sumMs - earlier.sumMs) / cycles;
        }

        public double cyclesSince(Snapshot earlier) {
            return count - earlier.count;
        }
    }
}
