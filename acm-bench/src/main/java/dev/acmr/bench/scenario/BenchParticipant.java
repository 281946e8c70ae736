package dev.acmr.bench.scenario;

import dev.acmr.bench.client.BenchException;
import dev.acmr.client.stack.Launcher;
import dev.acmr.client.stack.StackView;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The benchmark's own simulator participant ({@link BenchContext#BENCH_PARTICIPANT}, {@link BenchContext#BENCH_TYPE},
 * {@link BenchContext#BENCH_REPLICAS} replicas), started through the launcher when absent and stopped at the end, so
 * its simulated delays can be set without touching the default participant others use.
 */
public final class BenchParticipant {

    private final Launcher launcher;
    private CompletableFuture<Void> started;

    public BenchParticipant(Launcher launcher) {
        this.launcher = launcher;
    }

    /** Starts it in the background (the launcher returns once every replica is ready). */
    public synchronized void startInBackground() {
        if (started == null) {
            started = CompletableFuture.runAsync(this::startNow);
        }
    }

    /** Waits until it runs; returns the stack as the launcher then reports it. */
    public StackView awaitRunning() {
        startInBackground();
        try {
            started.get();
        } catch (ExecutionException e) {
            throw new BenchException("the bench participant did not start: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted", e);
        }
        return launcher.status(BenchContext.STATUS_TIMEOUT);
    }

    private void startNow() {
        StackView view = launcher.status(BenchContext.STATUS_TIMEOUT);
        if (view.replicaUrls(BenchContext.BENCH_PARTICIPANT).size() == BenchContext.BENCH_REPLICAS
                && view.healthy(BenchContext.BENCH_PARTICIPANT)) {
            return;
        }
        launcher.runOrFail(Duration.ofSeconds(420), line -> { }, "sim", "start", "--participant-id",
                BenchContext.BENCH_PARTICIPANT, "--types",
                BenchContext.BENCH_TYPE + ":1.0.0", "--replicas", Integer.toString(BenchContext.BENCH_REPLICAS));
    }

    /** Stops its replicas (after waiting for a start still in progress). */
    public synchronized void stop() {
        if (started == null) {
            return;
        }
        try {
            started.join();
        } catch (RuntimeException e) {
            // stop whatever came up
        }
        launcher.run(java.util.Map.of(), Duration.ofSeconds(120), line -> { }, "sim", "stop", "--participant-id",
                BenchContext.BENCH_PARTICIPANT);
    }
}
