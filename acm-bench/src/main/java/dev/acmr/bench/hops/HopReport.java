package dev.acmr.bench.hops;

import dev.acmr.bench.stats.Summary;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The convergence scenario's hop table: per hop and message type, the reports timed during the scenario (count
 * delta), their mean (delta sum / delta count) and their p50 / p99 (from the bucket deltas); then what the hops do not
 * cover: the end-to-end mean minus the hop means.
 */
public final class HopReport {

    static final String NOT_EXPOSED = "Convergence hops: not exposed by this runtime (none of the histograms "
            + Arrays.stream(Hop.values()).map(Hop::metric).collect(Collectors.joining(", "))
            + " on the nodes' /metrics).";

    private HopReport() {
    }

    /** The table, or the one line saying the runtime does not expose the histograms. */
    public static String render(HopSnapshot before, HopSnapshot after, double endToEndMeanMs) {
        if (after.isEmpty()) {
            return NOT_EXPOSED + "\n";
        }
        StringBuilder table = new StringBuilder("**Convergence hops** (the runtime's histograms on every node's "
                + "/metrics, read before and after the scenario; counts, sums and buckets added over the nodes; "
                + "p50 and p99 of the observations made during the scenario, from the bucket differences, interpolated "
                + "linearly inside the bucket where the rank falls as Prometheus' histogram_quantile does, so exact "
                + "only to a bucket's width; \"> X\" when the rank falls beyond the highest bound X. Publish times "
                + "every message a committed transaction sends, not only the syncs)\n\n"
                + "| hop | message type | count during the scenario | mean | p50 / p99 during the scenario (from "
                + "buckets) |\n"
                + "|---|---|---:|---:|---:|\n");
        Map<Hop, HopSnapshot.Series> busiest = new EnumMap<>(Hop.class);
        Map<Hop, Double> busiestCount = new EnumMap<>(Hop.class);
        after.series().forEach((series, end) -> {
            HopSnapshot.Timer start = before.series().getOrDefault(series, HopSnapshot.Timer.NONE);
            double count = end.count() - start.count();
            double meanMs = count > 0 ? (end.sumSeconds() - start.sumSeconds()) / count * 1000 : Double.NaN;
            table.append("| ").append(series.hop().meaning()).append(" | ")
                    .append(series.type().isEmpty() ? "-" : series.type()).append(" | ")
                    .append(count < 0 ? "n/a (a node restarted)" : String.format(Locale.ROOT, "%.0f", count))
                    .append(" | ").append(Summary.format(meanMs)).append(" | ")
                    .append(quantiles(start, end)).append(" |\n");
            if (count > busiestCount.getOrDefault(series.hop(), 0.0)) {
                busiest.put(series.hop(), series);
                busiestCount.put(series.hop(), count);
            }
        });
        if (before.nodesAnswered() != after.nodesAnswered()) {
            table.append("\n").append(before.nodesAnswered()).append(" nodes served /metrics before the scenario, ")
                    .append(after.nodesAnswered()).append(" after: the counts of a node missing on one side cover "
                    + "its whole life, so the counts, means and quantiles above are not the scenario's alone.\n");
        }
        return table.append('\n').append(remainder(before, after, busiest, endToEndMeanMs)).append('\n').toString();
    }

    // Buckets win; a runtime printing a summary instead only has the quantiles of its own window at the end.
    private static String quantiles(HopSnapshot.Timer start, HopSnapshot.Timer end) {
        if (!end.buckets().isEmpty()) {
            Buckets during = end.buckets().minus(start.buckets());
            return during.quantile(0.5).formatMs() + " / " + during.quantile(0.99).formatMs();
        }
        if (Double.isNaN(end.p50Seconds()) && Double.isNaN(end.p99Seconds())) {
            return "n/a";
        }
        return Summary.format(end.p50Seconds() * 1000) + " / " + Summary.format(end.p99Seconds() * 1000)
                + " (no buckets: a summary's, at the end)";
    }

    // The hops of one change: for each hop the message type with the most reports during the scenario (the changes).
    private static String remainder(HopSnapshot before, HopSnapshot after, Map<Hop, HopSnapshot.Series> busiest,
            double endToEndMeanMs) {
        double hopsMs = 0;
        StringBuilder used = new StringBuilder();
        for (Hop hop : Hop.values()) {
            HopSnapshot.Series series = busiest.get(hop);
            if (series == null) {
                return "Remainder: n/a (no " + hop.metric() + " reports during the scenario).";
            }
            HopSnapshot.Timer end = after.series().get(series);
            HopSnapshot.Timer start = before.series().getOrDefault(series, HopSnapshot.Timer.NONE);
            double meanMs = (end.sumSeconds() - start.sumSeconds()) / (end.count() - start.count()) * 1000;
            hopsMs += meanMs;
            used.append(used.isEmpty() ? "" : " + ").append(hop.name().toLowerCase(Locale.ROOT))
                    .append(series.type().isEmpty() ? "" : " (" + series.type() + ")").append(' ')
                    .append(Summary.format(meanMs));
        }
        return "Remainder = end-to-end mean " + Summary.format(endToEndMeanMs) + " − hop means (" + used + " = "
                + Summary.format(hopsMs) + ") = **" + Summary.format(endToEndMeanMs - hopsMs) + "**: broker → other "
                + "replicas → applied → seen by polling (the end-to-end time starts when PUT /datas returns, the "
                + "transit when the replica stamps its message, so the two starts differ by the replica's own send).";
    }
}
