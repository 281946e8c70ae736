package dev.acmr.runtime.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedProbeTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final BoundedProbe probe = new BoundedProbe(Duration.ofMillis(200));
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        executor.shutdownNow();
    }

    @Test
    void aProbeThatSucceedsIsUp() {
        assertEquals(Optional.empty(), probe.run(executor, () -> null));
    }

    @Test
    void aProbeThatFailsSaysWhyOnOneLine() {
        Optional<String> failure = probe.run(executor, () -> {
            throw new SQLException("Connection refused.\nCheck that the hostname and port are correct");
        });

        assertEquals(Optional.of("SQLException: Connection refused. Check that the hostname and port are correct"),
                failure);
    }

    @Test
    void aProbeThatHangsIsDownAfterTheTimeout() {
        long start = System.nanoTime();

        Optional<String> failure = probe.run(executor, this::hang);

        assertEquals(Optional.of("no answer within 200 ms"), failure);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void aHungProbeIsNotStartedAgainWhileItRuns() {
        AtomicInteger started = new AtomicInteger();

        probe.run(executor, () -> {
            started.incrementAndGet();
            return hang();
        });
        probe.run(executor, () -> {
            started.incrementAndGet();
            return null;
        });

        assertEquals(1, started.get());
    }

    @Test
    void aNewProbeStartsOnceTheLastOneEnded() {
        AtomicInteger started = new AtomicInteger();

        probe.run(executor, started::incrementAndGet);
        probe.run(executor, started::incrementAndGet);

        assertEquals(2, started.get());
    }

    private Void hang() throws InterruptedException {
        release.await();
        return null;
    }
}
