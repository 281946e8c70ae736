package dev.acmr.bench.scenario;

import dev.acmr.bench.stats.LatencyRecorder;
import dev.acmr.bench.stats.Summary;
import java.util.Map;

/** Markdown tables of latency summaries. */
public final class LatencyTable {

    private LatencyTable() {
    }

    /** One row per request type, then one for all requests together. */
    public static String of(LatencyRecorder recorder, String firstColumn) {
        StringBuilder table = header(firstColumn);
        for (Map.Entry<String, Summary> entry : recorder.summaries().entrySet()) {
            row(table, entry.getKey(), entry.getValue());
        }
        row(table, "**all requests**", recorder.combined(type -> true));
        return table.toString();
    }

    public static StringBuilder header(String firstColumn) {
        return new StringBuilder("| " + firstColumn + " | count | mean | p50 | p95 | p99 | max |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
    }

    public static void row(StringBuilder table, String name, Summary s) {
        table.append("| ").append(name).append(" | ").append(s.count()).append(" | ")
                .append(Summary.format(s.meanMs())).append(" | ").append(Summary.format(s.p50Ms())).append(" | ")
                .append(Summary.format(s.p95Ms())).append(" | ").append(Summary.format(s.p99Ms())).append(" | ")
                .append(Summary.format(s.maxMs())).append(" |\n");
    }
}
