package dev.acmr.bench.hops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A runtime printing its hops as MicroProfile summaries (quantiles, no buckets), as earlier versions did. */
class HopReportTest {

    private static final String AT_END = " (no buckets: a summary's, at the end)";

    /** Node 1 before the changes, in MicroProfile Metrics 5's Prometheus text, scope label and all. */
    private static final String NODE_1_BEFORE = """
            # HELP acm_report_transit_seconds Replica's message timestamp to the runtime node receiving it
            # TYPE acm_report_transit_seconds summary
            acm_report_transit_seconds{mp_scope="application",type="INSTANCE_ELEMENT_INFO",quantile="0.5"} 0.0011
            acm_report_transit_seconds{mp_scope="application",type="INSTANCE_ELEMENT_INFO",quantile="0.99"} 0.0030
            acm_report_transit_seconds_count{mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 100
            acm_report_transit_seconds_sum{mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 0.12
            acm_report_transit_seconds_count{mp_scope="application",type="PARTICIPANT_STATUS"} 40
            acm_report_transit_seconds_sum{mp_scope="application",type="PARTICIPANT_STATUS"} 0.2
            acm_report_commit_seconds_count{mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 100
            acm_report_commit_seconds_sum{mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 0.5
            acm_message_publish_seconds_count{mp_scope="application"} 100
            acm_message_publish_seconds_sum{mp_scope="application"} 0.1
            acm_supervision_cycle_seconds_count{mp_scope="application"} 3600
            """;

    /** Node 1 after 200 changes, 100 of them received by node 1 (quantiles of MP Metrics' window at the end). */
    private static final String NODE_1_AFTER = """
            acm_report_transit_seconds{mp_scope="application",type="INSTANCE_ELEMENT_INFO",quantile="0.5"} 0.0012
            acm_report_transit_seconds{mp_scope="application",type="INSTANCE_ELEMENT_INFO",quantile="0.99"} 0.0031
            acm_report_transit_seconds_count{mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 200
            acm_report_transit_seconds_sum{mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 0.22
            acm_report_transit_seconds_count{mp_scope="application",type="PARTICIPANT_STATUS"} 43
            acm_report_transit_seconds_sum{mp_scope="application",type="PARTICIPANT_STATUS"} 0.215
            acm_report_commit_seconds{mp_scope="application",type="INSTANCE_ELEMENT_INFO",quantile="0.5"} 0.004
            acm_report_commit_seconds{mp_scope="application",type="INSTANCE_ELEMENT_INFO",quantile="0.99"} 0.009
            acm_report_commit_seconds_count{mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 200
            acm_report_commit_seconds_sum{mp_scope="application",type="INSTANCE_ELEMENT_INFO"} 0.9
            acm_message_publish_seconds{mp_scope="application",quantile="0.5"} 0.0009
            acm_message_publish_seconds{mp_scope="application",quantile="0.99"} 0.002
            acm_message_publish_seconds_count{mp_scope="application"} 200
            acm_message_publish_seconds_sum{mp_scope="application"} 0.2
            """;

    /** Node 2 only after (no scope label, as a server without scopes prints it): 100 changes. */
    private static final String NODE_2_AFTER = """
            acm_report_transit_seconds{type="INSTANCE_ELEMENT_INFO",quantile="0.5"} 0.0010
            acm_report_transit_seconds{type="INSTANCE_ELEMENT_INFO",quantile="0.99"} 0.0050
            acm_report_transit_seconds_count{type="INSTANCE_ELEMENT_INFO"} 100
            acm_report_transit_seconds_sum{type="INSTANCE_ELEMENT_INFO"} 0.1
            acm_report_commit_seconds_count{type="INSTANCE_ELEMENT_INFO"} 100
            acm_report_commit_seconds_sum{type="INSTANCE_ELEMENT_INFO"} 0.4
            acm_message_publish_seconds_count 100
            acm_message_publish_seconds_sum 0.1
            """;

    @Test
    void parsesLabelsWithTheScopeValuesAndEscapes() {
        List<PrometheusText.Sample> samples = PrometheusText.parse("""
                # TYPE acm_report_transit_seconds summary
                acm_report_transit_seconds{mp_scope="application",type="INSTANCE_ELEMENT_INFO",quantile="0.99"} 0.0031
                acm_sync_publish_seconds_count 12 1700000000000
                odd{name="a \\"quoted\\", b"} +Inf
                not a sample line {
                """);
        assertEquals(3, samples.size());
        assertEquals(new PrometheusText.Sample("acm_report_transit_seconds", Map.of("mp_scope", "application",
                "type", "INSTANCE_ELEMENT_INFO", "quantile", "0.99"), 0.0031), samples.get(0));
        assertEquals(new PrometheusText.Sample("acm_sync_publish_seconds_count", Map.of(), 12), samples.get(1));
        assertEquals("a \"quoted\", b", samples.get(2).label("name"));
        assertEquals(Double.POSITIVE_INFINITY, samples.get(2).value());
    }

    @Test
    void aSnapshotAddsCountsAndSumsOverTheNodesAndKeepsTheLargestQuantile() {
        HopSnapshot after = HopSnapshot.of(List.of(NODE_1_AFTER, NODE_2_AFTER));
        HopSnapshot.Timer transit = after.series().get(new HopSnapshot.Series(Hop.TRANSIT, "INSTANCE_ELEMENT_INFO"));
        assertEquals(300, transit.count());
        assertEquals(0.32, transit.sumSeconds(), 1e-9);
        assertEquals(0.0012, transit.p50Seconds());
        assertEquals(0.0050, transit.p99Seconds());
        assertEquals(300, after.series().get(new HopSnapshot.Series(Hop.PUBLISH, "")).count());
        assertEquals(4, after.series().size(), "transit of two types, commit, publish; the supervision timer is not a hop");
    }

    @Test
    void hopsDuringTheScenarioAndTheRemainder() {
        HopSnapshot before = HopSnapshot.of(List.of(NODE_1_BEFORE));
        HopSnapshot after = HopSnapshot.of(List.of(NODE_1_AFTER, NODE_2_AFTER));
        String report = HopReport.render(before, after, 12.5);
        System.out.println(report);
        assertTrue(report.contains("| transit: replica's message timestamp → runtime node received it "
                + "| INSTANCE_ELEMENT_INFO | 200 | 1.0 ms | 1.2 ms / 5.0 ms" + AT_END + " |\n"), report);
        assertTrue(report.contains("| transit: replica's message timestamp → runtime node received it "
                + "| PARTICIPANT_STATUS | 3 | 5.0 ms | n/a |\n"), report);
        assertTrue(report.contains("| commit: received → the runtime's transaction committed | INSTANCE_ELEMENT_INFO "
                + "| 200 | 4.0 ms | 4.0 ms / 9.0 ms" + AT_END + " |\n"), report);
        assertTrue(report.contains("| publish: committed → the transaction's messages handed to the broker | - | 200 "
                + "| 1.0 ms | 0.9 ms / 2.0 ms" + AT_END + " |\n"), report);
        assertTrue(report.contains("1 nodes served /metrics before the scenario, 2 after"), report);
        assertTrue(report.contains("Remainder = end-to-end mean 12.5 ms − hop means (transit (INSTANCE_ELEMENT_INFO) "
                + "1.0 ms + commit (INSTANCE_ELEMENT_INFO) 4.0 ms + publish 1.0 ms = 6.0 ms) = **6.5 ms**"), report);
    }

    @Test
    void aRuntimeWithoutTheTimersSaysSo() {
        HopSnapshot none = HopSnapshot.of(List.of("acm_supervision_cycle_seconds_count 3\n"));
        assertTrue(none.isEmpty());
        assertEquals(HopReport.NOT_EXPOSED + "\n", HopReport.render(none, HopSnapshot.of(List.of()), 10));
    }
}
