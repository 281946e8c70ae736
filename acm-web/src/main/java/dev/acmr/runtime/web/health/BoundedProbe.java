package dev.acmr.runtime.web.health;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a probe of a remote resource on another thread and waits for it a bounded time, so that a health check
 * answers DOWN instead of hanging when the resource hangs (a broker that accepts connections but never answers,
 * a pool waiting for a connection that will not come).
 *
 * <p>A probe that overran is not started again while it still runs: the next check waits on the same one. Health is
 * polled every few seconds, and starting a new probe each time would pile up threads blocked on the same outage.
 */
final class BoundedProbe {

    private final Duration timeout;
    private Future<?> inFlight;

    BoundedProbe(Duration timeout) {
        this.timeout = timeout;
    }

    /** Empty if the probe succeeded in time, otherwise why not, in one line. */
    Optional<String> run(ExecutorService executor, Callable<?> probe) {
        try {
            currentOrNew(executor, probe).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (TimeoutException e) {
            return Optional.of("no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return Optional.of(describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        } catch (RuntimeException e) {
            // the executor refused the task (shutting down, saturated)
            return Optional.of(describe(e));
        }
    }

    private synchronized Future<?> currentOrNew(ExecutorService executor, Callable<?> probe) {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = executor.submit(probe);
        }
        return inFlight;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String text = failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.replaceAll("\\s+", " ");
    }
}
