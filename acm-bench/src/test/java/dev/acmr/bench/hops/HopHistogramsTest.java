package dev.acmr.bench.hops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hops as the runtime exports them: Prometheus histograms through gauges, read from two nodes. */
class HopHistogramsTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    /** Node 1 before the changes, with MicroProfile Metrics 5's scope label; it also prints a summary for publish. */
    private static final String NODE_1_BEFORE = """
            # HELP acm_report_transit_seconds_bucket From a participant's message timestamp to this node receiving it
            # TYPE acm_report_transit_seconds_bucket gauge
            acm_report_transit_seconds_bucket{le="0.001",mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 40
            acm_report_transit_seconds_bucket{le="0.002",mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 90
            acm_report_transit_seconds_bucket{le="0.005",mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 100
            acm_report_transit_seconds_bucket{le="0.01",mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 100
            acm_report_transit_seconds_bucket{le="+Inf",mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 100
            acm_report_transit_seconds_count{mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 100
            acm_report_transit_seconds_sum{mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 0.12
            acm_report_commit_seconds_bucket{le="0.005",mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 100
            acm_report_commit_seconds_bucket{le="0.01",mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 100
            acm_report_commit_seconds_bucket{le="+Inf",mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 100
            acm_report_commit_seconds_count{mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 100
            acm_report_commit_seconds_sum{mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 0.5
            acm_message_publish_seconds{mp_scope="application",quantile="0.5"} 0.0009
            acm_message_publish_seconds{mp_scope="application",quantile="0.99"} 0.02
            acm_message_publish_seconds_bucket{le="0.001",mp_scope="application"} 90
            acm_message_publish_seconds_bucket{le="+Inf",mp_scope="application"} 100
            acm_message_publish_seconds_count{mp_scope="application"} 100
            acm_message_publish_seconds_sum{mp_scope="application"} 0.05
            acm_supervision_cycle_seconds_bucket{le="0.001",mp_scope="application"} 3600
            acm_supervision_cycle_seconds_bucket{le="+Inf",mp_scope="application"} 3600
            """;

    /** Node 1 after: 100 transit and commit reports, 100 messages published. */
    private static final String NODE_1_AFTER = """
            acm_report_transit_seconds_bucket{le="0.001",mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 80
            acm_report_transit_seconds_bucket{le="0.002",mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 170
            acm_report_transit_seconds_bucket{le="0.005",mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 195
            acm_report_transit_seconds_bucket{le="0.01",mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 200
            acm_report_transit_seconds_bucket{le="+Inf",mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 200
            acm_report_transit_seconds_count{mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 200
            acm_report_transit_seconds_sum{mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 0.22
            acm_report_commit_seconds_bucket{le="0.005",mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 150
            acm_report_commit_seconds_bucket{le="0.01",mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 190
            acm_report_commit_seconds_bucket{le="+Inf",mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 200
            acm_report_commit_seconds_count{mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 200
            acm_report_commit_seconds_sum{mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 0.9
            acm_message_publish_seconds{mp_scope="application",quantile="0.5"} 0.0009
            acm_message_publish_seconds{mp_scope="application",quantile="0.99"} 0.02
            acm_message_publish_seconds_bucket{le="0.001",mp_scope="application"} 190
            acm_message_publish_seconds_bucket{le="+Inf",mp_scope="application"} 200
            acm_message_publish_seconds_count{mp_scope="application"} 200
            acm_message_publish_seconds_sum{mp_scope="application"} 0.1
            """;

    /** Node 2 before, without a scope label and with the labels in another order; it has committed nothing yet. */
    private static final String NODE_2_BEFORE = """
            acm_report_transit_seconds_bucket{type="INSTANCE_ELEMENT_INFO",le="0.001"} 10
            acm_report_transit_seconds_bucket{type="INSTANCE_ELEMENT_INFO",le="0.002"} 50
            acm_report_transit_seconds_bucket{type="INSTANCE_ELEMENT_INFO",le="0.005"} 60
            acm_report_transit_seconds_bucket{type="INSTANCE_ELEMENT_INFO",le="0.01"} 60
            acm_report_transit_seconds_bucket{type="INSTANCE_ELEMENT_INFO",le="+Inf"} 60
            acm_report_transit_seconds_count{type="INSTANCE_ELEMENT_INFO"} 60
            acm_report_transit_seconds_sum{type="INSTANCE_ELEMENT_INFO"} 0.09
            acm_message_publish_seconds_bucket{le="0.001"} 0
            acm_message_publish_seconds_bucket{le="+Inf"} 0
            acm_message_publish_seconds_count 0
            acm_message_publish_seconds_sum 0
            """;

    /** Node 2 after: 100 transit reports, 100 messages published. */
    private static final String NODE_2_AFTER = """
            acm_report_transit_seconds_bucket{type="INSTANCE_ELEMENT_INFO",le="0.001"} 50
            acm_report_transit_seconds_bucket{type="INSTANCE_ELEMENT_INFO",le="0.002"} 120
            acm_report_transit_seconds_bucket{type="INSTANCE_ELEMENT_INFO",le="0.005"} 150
            acm_report_transit_seconds_bucket{type="INSTANCE_ELEMENT_INFO",le="0.01"} 160
            acm_report_transit_seconds_bucket{type="INSTANCE_ELEMENT_INFO",le="+Inf"} 160
            acm_report_transit_seconds_count{type="INSTANCE_ELEMENT_INFO"} 160
            acm_report_transit_seconds_sum{type="INSTANCE_ELEMENT_INFO"} 0.19
            acm_message_publish_seconds_bucket{le="0.001"} 100
            acm_message_publish_seconds_bucket{le="+Inf"} 100
            acm_message_publish_seconds_count 100
            acm_message_publish_seconds_sum 0.05
            """;

    private static final String TRANSIT_ROW = "| transit: replica's message timestamp → runtime node received it "
            + "| INSTANCE_ELEMENT_INFO | ";

    @Test
    void aSnapshotAddsTheBucketsOfBothNodesWithAndWithoutTheScopeLabel() {
        HopSnapshot after = HopSnapshot.of(List.of(NODE_1_AFTER, NODE_2_AFTER));
        HopSnapshot.Timer transit = after.series().get(new HopSnapshot.Series(Hop.TRANSIT, "INSTANCE_ELEMENT_INFO"));
        assertEquals(Map.of(0.001, 130.0, 0.002, 290.0, 0.005, 345.0, 0.01, 360.0, INF, 360.0),
                transit.buckets().cumulative());
        assertEquals(360, transit.count());
        assertEquals(0.41, transit.sumSeconds(), 1e-9);
        HopSnapshot.Timer publish = after.series().get(new HopSnapshot.Series(Hop.PUBLISH, ""));
        assertEquals(Map.of(0.001, 290.0, INF, 300.0), publish.buckets().cumulative());
        assertEquals(0.0009, publish.p50Seconds(), "a summary's quantiles are still read");
        assertEquals(3, after.series().size(), "transit, commit, publish; the supervision histogram is not a hop");
    }

    @Test
    void theScenariosQuantilesComeFromTheBucketDeltas() {
        HopSnapshot before = HopSnapshot.of(List.of(NODE_1_BEFORE, NODE_2_BEFORE));
        HopSnapshot after = HopSnapshot.of(List.of(NODE_1_AFTER, NODE_2_AFTER));
        String report = HopReport.render(before, after, 12.5);
        System.out.println(report);
        // 200 reports: 80 ≤ 1 ms, 70 in (1, 2] ms, 35 in (2, 5] ms, 15 in (5, 10] ms. Rank 100 is the 20th of the 70,
        // rank 198 the 13th of the 15.
        assertTrue(report.contains(TRANSIT_ROW + "200 | 1.0 ms | 1.3 ms / 9.3 ms |\n"), report);
        // 100 commits: 50 ≤ 5 ms (rank 50 at the top of the first bucket), 10 beyond 10 ms (rank 99 in +Inf).
        assertTrue(report.contains("| commit: received → the runtime's transaction committed | INSTANCE_ELEMENT_INFO "
                + "| 100 | 4.0 ms | 5.0 ms / > 10.0 ms |\n"), report);
        // The buckets win over node 1's summary (0.9 ms / 20.0 ms).
        assertTrue(report.contains("| publish: committed → the transaction's messages handed to the broker | - | 200 "
                + "| 0.5 ms | 0.5 ms / 1.0 ms |\n"), report);
        assertTrue(report.contains("| p50 / p99 during the scenario (from buckets) |"), report);
        assertFalse(report.contains("nodes served /metrics before the scenario"), report);
        assertTrue(report.contains("Remainder = end-to-end mean 12.5 ms − hop means (transit (INSTANCE_ELEMENT_INFO) "
                + "1.0 ms + commit (INSTANCE_ELEMENT_INFO) 4.0 ms + publish 0.5 ms = 5.5 ms) = **7.0 ms**"), report);
    }

    @Test
    void aNodeMissingAfterTheScenarioLeavesNoQuantileAndSaysWhy() {
        HopSnapshot before = HopSnapshot.of(List.of(NODE_1_BEFORE, NODE_2_BEFORE));
        HopSnapshot after = HopSnapshot.of(List.of(NODE_2_AFTER));
        String report = HopReport.render(before, after, 12.5);
        // Node 1's buckets are subtracted but not added back: some deltas are negative, no quantile can be read.
        assertTrue(report.contains(TRANSIT_ROW + "0 | n/a | n/a / n/a |\n"), report);
        assertTrue(report.contains("2 nodes served /metrics before the scenario, 1 after"), report);
        assertTrue(report.contains("Remainder: n/a (no acm_report_transit_seconds reports during the scenario)."),
                report);
    }

    @Test
    void aNodeMissingBeforeTheScenarioCountsItsWholeLifeAndSaysSo() {
        HopSnapshot before = HopSnapshot.of(List.of(NODE_1_BEFORE));
        HopSnapshot after = HopSnapshot.of(List.of(NODE_1_AFTER, NODE_2_AFTER));
        String report = HopReport.render(before, after, 12.5);
        // Node 1's 100 reports and node 2's 160: 90 ≤ 1 ms, 110 more ≤ 2 ms; rank 130 is the 40th of the 110.
        assertTrue(report.contains(TRANSIT_ROW + "260 | 1.1 ms | 1.4 ms / 9.1 ms |\n"), report);
        assertTrue(report.contains("1 nodes served /metrics before the scenario, 2 after"), report);
    }
}
