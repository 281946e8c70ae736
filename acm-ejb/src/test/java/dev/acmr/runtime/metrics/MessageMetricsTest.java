package dev.acmr.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class MessageMetricsTest {

    private final FakeRegistry fake = new FakeRegistry();
    private final MessageMetrics metrics = new MessageMetrics(fake.registry);

    @Test
    void countsEveryMessageAndRedeliveriesApartByType() {
        metrics.received("PARTICIPANT_STATUS", false);
        metrics.received("PARTICIPANT_STATUS", true);
        metrics.received("INSTANCE_ELEMENT_ACK", false);

        assertEquals(2, fake.counter("acm_messages_received_total{type=\"PARTICIPANT_STATUS\"}"));
        assertEquals(1, fake.counter("acm_messages_redelivered_total{type=\"PARTICIPANT_STATUS\"}"));
        assertEquals(1, fake.counter("acm_messages_received_total{type=\"INSTANCE_ELEMENT_ACK\"}"));
        assertFalse(fake.counters.containsKey(
                "acm_messages_redelivered_total{type=\"INSTANCE_ELEMENT_ACK\"}"));
    }

    @Test
    void aMessageWithoutTypeCountsAsUnknown() {
        metrics.received(null, false);
        metrics.received(" ", false);

        assertEquals(2, fake.counter("acm_messages_received_total{type=\"unknown\"}"));
    }

    @Test
    void countsRefusedReportsByType() {
        metrics.refused("INSTANCE_ELEMENT_INFO");

        assertEquals(1, fake.counter("acm_messages_refused_total{type=\"INSTANCE_ELEMENT_INFO\"}"));
    }
}
