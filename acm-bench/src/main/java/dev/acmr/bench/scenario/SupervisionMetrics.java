package dev.acmr.bench.scenario;

import dev.acmr.bench.client.MetricsEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The runtime's supervision cycle histogram ({@code acm_supervision_cycle_seconds}, around each node's per-second
 * sweeps), read from every node's {@code /metrics} in Prometheus text: the series whose name contains
 * {@code supervision_cycle}. Counts and sums are added over the nodes; a window's mean cycle is delta(sum) /
 * delta(count); each node's p50 and p99 come from its cumulative buckets, so they cover the node's life.
 */
public final class SupervisionMetrics {

    static final String METRIC = "supervision_cycle";

    private SupervisionMetrics() {
    }

    /** Counts and sums over every node, or null when no node exposes the metric. */
    public static Snapshot read(List<String> nodeUrls) {
        double count = 0;
        double sumMs = 0;
        boolean found = false;
        List<String> quantiles = new ArrayList<>();
        for (String node : nodeUrls) {
            String text = MetricsEndpoint.read(node, METRIC);
            if (text != null) {
                // The runtime's histogram: cumulative _bucket{le="seconds"} series, _count and _sum in seconds.
                TreeMap<Double, Double> buckets = new TreeMap<>();
                for (String line : text.split("\n")) {
                    if (line.startsWith("#") || !line.contains(METRIC)) {
                        continue;
                    }
                    String name = line.split("[{ ]", 2)[0];
                    double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
                    if (name.endsWith("_count")) {
                        count += value;
                        found = true;
                    } else if (name.endsWith("_sum")) {
                        sumMs += value * 1000;
                    } else if (name.endsWith("_bucket") && line.contains("le=\"")) {
                        String le = line.replaceAll(".*le=\"([^\"]*)\".*", "$1");
                        buckets.put(le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le), value);
                    }
                }
                for (double q : new double[] {0.5, 0.99}) {
                    quantiles.add(node.replaceAll(".*:", ":") + " q" + q + " <= " + upperBound(buckets, q));
                }
            }
        }
        return found ? new Snapshot(count, sumMs, quantiles) : null;
    }

    // The bound of the first cumulative bucket holding the rank, over the node's life (buckets are not windowed).
    private static String upperBound(TreeMap<Double, Double> buckets, double quantile) {
        if (buckets.isEmpty() || buckets.lastEntry().getValue() <= 0) {
            return "n/a";
        }
        double rank = quantile * buckets.lastEntry().getValue();
        return buckets.entrySet().stream().filter(bucket -> bucket.getValue() >= rank).findFirst()
                .map(bucket -> bucket.getKey().isInfinite() ? "+Inf"
                        : String.format(Locale.ROOT, "%.1f ms", bucket.getKey() * 1000))
                .orElse("n/a");
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
