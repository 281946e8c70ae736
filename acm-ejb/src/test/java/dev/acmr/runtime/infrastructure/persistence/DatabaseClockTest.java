package dev.acmr.runtime.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatabaseClockTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(36);

    @Test
    void aNodeFortySecondsSlowSetsDeadlinesByTheDatabasesClock() {
        // The node's clock reads 40 s earlier than PostgreSQL's, which the timeout sweep judges by.
        Instant databaseNow = Instant.now().plusSeconds(40);
        DatabaseClock.OrderTimes times = new DatabaseClock(() -> databaseNow).orderTimes(TIMEOUT);

        assertEquals(databaseNow, times.startedAt());
        assertEquals(databaseNow.plus(TIMEOUT), times.deadline());
        assertTrue(times.deadline().isAfter(databaseNow), "not overdue the moment it is accepted");
    }

    @Test
    void aNodeFortySecondsFastDoesNotStretchTheTimeout() {
        Instant databaseNow = Instant.now().minusSeconds(40);
        DatabaseClock.OrderTimes times = new DatabaseClock(() -> databaseNow).orderTimes(TIMEOUT);

        assertEquals(TIMEOUT, Duration.between(databaseNow, times.deadline()));
    }

    @Test
    void readsPostgresEpochSecondsToTheMicrosecond() {
        assertEquals(Instant.parse("2026-12-06T14:01:23.123456Z"),
                DatabaseClock.fromEpochSeconds(new BigDecimal("1796565683.123456")));
        assertEquals(Instant.parse("2026-12-06T14:01:23Z"),
                DatabaseClock.fromEpochSeconds(new BigDecimal("1796565683")));
    }
}
