package dev.acmr.bench.hops;

/** One hop of a change on its way from a replica to the others, and the runtime's histogram measuring it. */
public enum Hop {
    TRANSIT("acm_report_transit_seconds", "transit: replica's message timestamp → runtime node received it"),
    COMMIT("acm_report_commit_seconds", "commit: received → the runtime's transaction committed"),
    PUBLISH("acm_message_publish_seconds", "publish: committed → the transaction's messages handed to the broker");

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

    /**
     * The hop a series belongs to ({@code _bucket}, {@code _count}, {@code _sum}, or the quantiles a summary prints
     * under the bare name); null for others.
     */
    static Hop of(String seriesName) {
        for (Hop hop : values()) {
            if (seriesName.equals(hop.metric) || seriesName.equals(hop.metric + "_bucket")
                    || seriesName.equals(hop.metric + "_count") || seriesName.equals(hop.metric + "_sum")) {
                return hop;
            }
        }
        return null;
    }
}
