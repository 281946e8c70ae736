package dev.acmr.bench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Thread-safe latency samples (nanoseconds) per request type, kept in the order types were first seen. */
public final class LatencyRecorder {

    private final Map<String, List<Long>> samples = new java.util.LinkedHashMap<>();

    public synchronized void record(String type, long nanos) {
        samples.computeIfAbsent(type, t -> new ArrayList<>()).add(nanos);
    }

    /** Runs a call and records how long it took under {@code type}, unless it throws; returns what it answered. */
    public <T> T time(String type, Supplier<T> call) {
        long start = System.nanoTime();
        T answer = call.get();
        record(type, System.nanoTime() - start);
        return answer;
    }

    /** Runs a call and records how long it took under {@code type}, unless it throws. */
    public void time(String type, Runnable call) {
        time(type, () -> {
            call.run();
            return null;
        });
    }

    public synchronized Summary summary(String type) {
        return Summary.of(samples.getOrDefault(type, List.of()));
    }

    /** Every type's summary, in first-seen order. */
    public synchronized Map<String, Summary> summaries() {
        Map<String, Summary> result = new java.util.LinkedHashMap<>();
        samples.forEach((type, values) -> result.put(type, Summary.of(values)));
        return result;
    }

    /** One summary over the samples of every type accepted by the filter. */
    public synchronized Summary combined(java.util.function.Predicate<String> typeFilter) {
        List<Long> all = new ArrayList<>();
        new TreeMap<>(samples).forEach((type, values) -> {
            if (typeFilter.test(type)) {
                all.addAll(values);
            }
        });
        return Summary.of(all);
    }

    /** A new recorder with the samples of every part, types in first-seen order over the parts. */
    public static LatencyRecorder merged(LatencyRecorder... parts) {
        LatencyRecorder merged = new LatencyRecorder();
        for (LatencyRecorder part : parts) {
            synchronized (part) {
                part.samples.forEach((type, values) -> merged.samples.computeIfAbsent(type, t -> new ArrayList<>())
                        .addAll(values));
            }
        }
        return merged;
    }

    public synchronized int count(String type) {
        return samples.getOrDefault(type, List.of()).size();
    }
}
