package dev.acmr.bench.stats;

import java.util.Collection;
import java.util.Locale;

/** Count, mean and nearest-rank percentiles of latency samples, in milliseconds. */
public record Summary(int count, double meanMs, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

    public static Summary of(Collection<Long> nanos) {
        if (nanos.isEmpty()) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double mean = java.util.Arrays.stream(sorted).average().orElse(Double.NaN);
        return new Summary(sorted.length, ms(mean), ms(rank(sorted, 50)), ms(rank(sorted, 95)), ms(rank(sorted, 99)),
                ms(sorted[sorted.length - 1]));
    }

    /** The nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
    static long rank(long[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(double nanos) {
        return nanos / 1_000_000.0;
    }

    public static String format(double ms) {
        if (Double.isNaN(ms)) {
            return "n/a";
        }
        if (ms >= 1000) {
            return String.format(Locale.ROOT, "%,.0f ms", ms);
        }
        return String.format(Locale.ROOT, ms >= 100 ? "%.0f ms" : "%.1f ms", ms);
    }
}
