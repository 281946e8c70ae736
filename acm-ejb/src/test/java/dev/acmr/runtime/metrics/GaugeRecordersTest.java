package dev.acmr.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.runtime.participant.dispatch.Dispatch;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The database-backed gauges show the last sample, not a query per scrape; the failover counter counts by kind. */
class GaugeRecordersTest {

    private final FakeRegistry fake = new FakeRegistry();
    private long inFlight = 4;
    private Map<String, Long> connections = Map.of("active", 3L, "idle", 7L, "idle in transaction", 1L);
    private int queries;

    private final GaugeQueries database = new GaugeQueries() {
        @Override
        public long inFlightDispatches() {
            queries++;
            return inFlight;
        }

        @Override
        public Map<String, Long> connectionsByState() {
            queries++;
            return connections;
        }
    };

    @Test
    void inFlightDispatchesComeFromTheLastSample() {
        DispatchMetrics metrics = new DispatchMetrics(fake.registry, database);
        metrics.register();
        assertEquals(0, fake.gauge("acm_dispatches_in_flight"), "nothing sampled yet");

        metrics.sample();
        inFlight = 9;
        assertEquals(4, fake.gauge("acm_dispatches_in_flight"));
        assertEquals(4, fake.gauge("acm_dispatches_in_flight"));
        assertEquals(1, queries, "a scrape does not query");
    }

    @Test
    void failoversAreCountedByKindFromZero() {
        DispatchMetrics metrics = new DispatchMetrics(fake.registry, database);
        metrics.register();
        assertEquals(0, fake.counter("acm_failovers_total{kind=\"COMPOSITION\"}"));

        metrics.failedOver(Dispatch.EntityKind.INSTANCE);
        metrics.failedOver(Dispatch.EntityKind.INSTANCE);

        assertEquals(2, fake.counter("acm_failovers_total{kind=\"INSTANCE\"}"));
        assertEquals(0, fake.counter("acm_failovers_total{kind=\"COMPOSITION\"}"));
    }

    @Test
    void databaseConnectionsByStateFromTheLastSample() {
        DatabaseMetrics metrics = new DatabaseMetrics(fake.registry, database);
        metrics.register();
        metrics.sample();
        connections = Map.of();

        assertEquals(3, fake.gauge("acm_db_connections{state=\"active\"}"));
        assertEquals(7, fake.gauge("acm_db_connections{state=\"idle\"}"));
        assertEquals(1, fake.gauge("acm_db_connections{state=\"idle_in_transaction\"}"));
    }
}
