package dev.acmr.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedValueTest {

    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void readsTheSourceAtMostOncePerPeriod() {
        CachedValue<Integer> value = new CachedValue<>(reads::incrementAndGet, Duration.ofSeconds(1), 0, clock::get);

        assertEquals(1, value.get());
        clock.addAndGet(Duration.ofMillis(999).toNanos());
        assertEquals(1, value.get());
        clock.addAndGet(Duration.ofMillis(1).toNanos());
        assertEquals(2, value.get());
        assertEquals(2, reads.get());
    }

    @Test
    void aFailingReadKeepsTheLastValue() {
        CachedValue<Integer> value = new CachedValue<>(() -> {
            if (reads.incrementAndGet() > 1) {
                throw new IllegalStateException("database away");
            }
            return 7;
        }, Duration.ofSeconds(1), 0, clock::get);

        assertEquals(7, value.get());
        clock.addAndGet(Duration.ofSeconds(2).toNanos());
        assertEquals(7, value.get());
    }

    @Test
    void aFailingFirstReadGivesTheInitialValue() {
        CachedValue<Long> value = new CachedValue<>(() -> {
            throw new IllegalStateException("database away");
        }, Duration.ofSeconds(1), 0L, clock::get);

        assertEquals(0L, value.get());
    }
}
