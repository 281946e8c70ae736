package dev.acmr.bench.hops;

import dev.acmr.bench.stats.Summary;
import java.util.EnumMap;
import java.util.Map;

/**
 * The convergence scenario's hop table: per hop and message type, the reports timed during the scenario (count
 * delta), their mean (delta sum / delta count) and the quantiles the nodes printed at its end; then what the hops do
 * not cover: the end-to-end mean minus the hop means.
 */
public final class HopReport {

    static final String NOT_EXPOSED = "Convergence hops: not exposed by this runtime (no acm_report_transit_seconds, "
            + "acm_report_commit_seconds or acm_sync_publish_seconds on the nodes' /metrics).";

    private HopReport() {
    }

    /** The table, or the one line saying the runtime does not expose the timers. */
    public static String render(HopSnapshot before, HopSnapshot after, double endToEndMeanMs) {
        if (after.isEmpty()) {
            return NOT_EXPOSED + "\n";
        }
        StringBuilder table = new StringBuilder("**Convergence hops** (the runtime's timers on every node's /metrics, "
                + "read before and after the scenario; counts and sums added over the nodes, quantiles as printed at "
                + "the end, the largest over the nodes)\n\n"
                + "| hop | message type | count during the scenario | mean | p50 at end | p99 at end |\n"
                + "|---|---|---:|---:|---:|---:|\n");
        Map<Hop, HopSnapshot.Series> busiest = new EnumMap<>(Hop.class);
        Map<Hop, Double> busiestCount = new EnumMap<>(Hop.class);
        after.series().forEach((series, end) -> {
            HopSnapshot.Timer start = before.series().getOrDefault(series, new HopSnapshot.Timer(0, 0, Double.NaN,
                    Double.NaN));
            double count = end.count() - start.count();
            double meanMs = count > 0 ? (end.sumSeconds() - start.sumSeconds()) / count * 1000 : Double.NaN;
            table.append("| ").append(series.hop().meaning()).append(" | ")
                    .append(series.type().isEmpty() ? "-" : series.type()).append(" | ")
                    .append(count < 0 ? "n/a (a node restarted)" : String.format(java.util.Locale.ROOT, "%.0f", count))
                    .append(" | ").append(Summary.format(meanMs)).append(" | ")
                    .append(Summary.format(end.p50Seconds() * 1000)).append(" | ")
                    .append(Summary.format(end.p99Seconds() * 1000)).append(" |\n");
            if (count > busiestCount.getOrDefault(series.hop(), 0.0)) {
                busiest.put(series.hop(), series);
                busiestCount.put(series.hop(), count);
            }
        });
        if (before.nodesAnswered() != after.nodesAnswered()) {
            table.append("\n").append(before.nodesAnswered()).append(" nodes served /metrics before the scenario, ")
                    .append(after.nodesAnswered()).append(" after: the counts of a node missing on one side cover "
                    + "its whole life, so the counts and means above are not the scenario's alone.\n");
        }
        return table.append('\n').append(remainder(before, after, busiest, endToEndMeanMs)).append('\n').toString();
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
            HopSnapshot.Timer start = before.series().getOrDefault(series, new HopSnapshot.Timer(0, 0, 0, 0));
            double meanMs = (end.sumSeconds() - start.sumSeconds()) / (end.count() - start.count()) * 1000;
            hopsMs += meanMs;
            used.append(used.isEmpty() ? "" : " + ").append(hop.name().toLowerCase(java.util.Locale.ROOT))
                    .append(series.type().isEmpty() ? "" : " (" + series.type() + ")").append(' ')
                    .append(Summary.format(meanMs));
        }
        return "Remainder = end-to-end mean " + Summary.format(endToEndMeanMs) + " − hop means (" + used + " = "
                + Summary.format(hopsMs) + ") = **" + Summary.format(endToEndMeanMs - hopsMs) + "**: broker → other "
                + "replicas → applied → seen by polling (the end-to-end time starts when PUT /datas returns, the "
                + "transit when the replica stamps its message, so the two starts differ by the replica's own send).";
    }
}
