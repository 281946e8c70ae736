package dev.acmr.bench.hops;

/** One hop of a change on its way from a replica to the others, and the runtime's timer measuring it. */
public enum Hop {
    TRANSIT("acm_report_transit_seconds", "transit: replica's message timestamp → runtime node received it"),
    COMMIT("acm_report_commit_seconds", "commit: received → the runtime's transaction committed"),
    PUBLISH("acm_sync_publish_seconds", "publish: committed → the resulting sync handed to the broker");

    private final String metric;
    private final String meaning;

    Hop(String metric, String meaning) {
        this.metric = metric;
        this.meaning = meaning;
    }

    public String metric() {
        return metric;
    }

    public String meaning() {
        return meaning;
    }

    /** The hop a timer series belongs to ({@code _count}, {@code _sum} or the quantile series); null for others. */
    static Hop of(String seriesName) {
        for (Hop hop : values()) {
            if (seriesName.equals(hop.metric) || seriesName.equals(hop.metric + "_count")
                    || seriesName.equals(hop.metric + "_sum")) {
                return hop;
            }
        }
        return null;
    }
}
