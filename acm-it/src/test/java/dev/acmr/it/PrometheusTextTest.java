package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading a node's {@code /metrics} as the metrics tests do. */
class PrometheusTextTest {

    private static final String SCRAPE = """
            # HELP acm_orders_total Orders settled on this node, by order and result
            # TYPE acm_orders_total counter
            acm_orders_total{mp_scope="application",order="DEPLOY",result="NO_ERROR"} 3.0
            acm_orders_total{mp_scope="application",order="PRIME",result="NO_ERROR"} 1.0
            # TYPE acm_supervision_cycle_seconds_bucket gauge
            acm_supervision_cycle_seconds_bucket{le="0.005",mp_scope="application"} 10.0
            acm_supervision_cycle_seconds_bucket{le="0.01",mp_scope="application"} 90.0
            acm_supervision_cycle_seconds_bucket{le="+Inf",mp_scope="application"} 100.0
            acm_supervision_cycle_seconds_count{mp_scope="application"} 100.0
            acm_dispatches_in_flight 0.0
            """;

    @Test
    void readsNamesLabelsAndValues() {
        PrometheusText text = PrometheusText.parse(SCRAPE);
        assertEquals(4.0, text.sum("acm_orders_total"));
        assertEquals(3.0, text.sum("acm_orders_total", sample -> sample.has("order", "DEPLOY")));
        assertTrue(text.hasName("acm_dispatches_in_flight"));
        assertEquals(100.0, text.sum("acm_supervision_cycle_seconds_count"));
    }

    @Test
    void takesAQuantileFromCumulativeBuckets() {
        PrometheusText text = PrometheusText.parse(SCRAPE);
        assertEquals(Optional.of(0.01), text.quantileUpperBound("acm_supervision_cycle_seconds", 0.5, s -> true));
        assertEquals(Optional.of(0.005), text.quantileUpperBound("acm_supervision_cycle_seconds", 0.1, s -> true));
        assertEquals(Optional.of(Double.POSITIVE_INFINITY),
                text.quantileUpperBound("acm_supervision_cycle_seconds", 0.99, s -> true));
    }
}
