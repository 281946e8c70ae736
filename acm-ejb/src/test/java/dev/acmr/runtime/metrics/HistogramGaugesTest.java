package dev.acmr.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;

/** What a scrape shows: the Prometheus histogram series, in seconds, never nanoseconds. */
class HistogramGaugesTest {

    @Test
    void exportsBucketsCountAndSumInSeconds() {
        FakeRegistry fake = new FakeRegistry();
        SecondsHistogram histogram = HistogramGauges.register(fake.registry, "acm.supervision.cycle.seconds", "cycle",
                new SecondsHistogram(0.05, 0.1));
        histogram.record(Duration.ofNanos(78_000_000));

        assertEquals(0, fake.gauge("acm_supervision_cycle_seconds_bucket{le=\"0.05\"}"));
        assertEquals(1, fake.gauge("acm_supervision_cycle_seconds_bucket{le=\"0.1\"}"));
        assertEquals(1, fake.gauge("acm_supervision_cycle_seconds_bucket{le=\"+Inf\"}"));
        assertEquals(1, fake.gauge("acm_supervision_cycle_seconds_count"));
        assertEquals(0.078, fake.gauge("acm_supervision_cycle_seconds_sum"), 1e-12);
        assertEquals(5, fake.gauges.size());
    }

    @Test
    void keepsTheGivenTagsOnEverySeries() {
        FakeRegistry fake = new FakeRegistry();
        HistogramGauges.register(fake.registry, "acm.order.duration.seconds", "orders", new SecondsHistogram(1),
                new Tag("order", "DEPLOY"));

        assertEquals(0, fake.gauge("acm_order_duration_seconds_bucket{le=\"1.0\",order=\"DEPLOY\"}"));
        assertEquals(0, fake.gauge("acm_order_duration_seconds_count{order=\"DEPLOY\"}"));
        assertEquals(0, fake.gauge("acm_order_duration_seconds_sum{order=\"DEPLOY\"}"));
    }
}
