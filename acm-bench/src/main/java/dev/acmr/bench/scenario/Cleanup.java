package dev.acmr.bench.scenario;

import dev.acmr.bench.client.RuntimeApi;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Leaves the stack as the benchmark found it: removes instances (concurrently) and then the composition. */
public final class Cleanup {

    private Cleanup() {
    }

    /** Best effort after a failure: errors are printed, not thrown. */
    public static void quietly(RuntimeApi api, String compositionId, List<String> instanceIds) {
        if (compositionId == null) {
            return;
        }
        try {
            removeAll(api.recordingInto(null), compositionId, instanceIds, 8);
            new Lifecycle(api.recordingInto(null), 20).deprimeAndDelete(compositionId);
        } catch (RuntimeException e) {
            System.err.println("cleanup of composition " + compositionId + " failed: " + e.getMessage());
        }
    }

    /** Removes every instance (undeploy if needed, delete, wait until gone) with {@code threads} in parallel. */
    public static void removeAll(RuntimeApi api, String compositionId, List<String> instanceIds, int threads) {
        if (instanceIds.isEmpty()) {
            return;
        }
        Lifecycle lifecycle = new Lifecycle(api, 20);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            instanceIds.forEach(id -> done.add(pool.submit(() -> lifecycle.remove(compositionId, id))));
            RuntimeException first = null;
            for (Future<?> future : done) {
                try {
                    future.get();
                } catch (Exception e) {
                    if (first == null) {
                        first = new RuntimeException("removing instances of " + compositionId + ": " + e.getMessage(), e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
