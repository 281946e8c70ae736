package dev.acmr.bench.scenario;

import dev.acmr.bench.client.BenchException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs n indexed tasks on a fixed number of threads; the first failure is rethrown once all have ended. */
public final class Parallel {

    private Parallel() {
    }

    /** One task per index 0..n-1. */
    public interface Task {
        void run(int index) throws Exception;
    }

    public static void run(int threads, int n, Task task) throws InterruptedException {
        if (n <= 0) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n));
        try {
            List<Future<?>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    task.run(index);
                    return null;
                }));
            }
            Throwable first = null;
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                }
            }
            if (first != null) {
                throw new BenchException(first.getMessage(), first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
