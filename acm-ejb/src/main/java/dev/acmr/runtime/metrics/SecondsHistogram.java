package dev.acmr.runtime.metrics;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * A duration histogram with cumulative buckets in seconds, as Prometheus defines one: bucket {@code le} counts every
 * observation at most {@code le} seconds since the start, {@code +Inf} counts all of them, and the sum is in seconds.
 * Lock-free; observations from any thread.
 */
public final class SecondsHistogram {

    /** For sub-second work: a supervision cycle, a replica catching up. */
    public static final double[] FAST = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    /** For operations that wait for participants: from a few milliseconds to minutes. */
    public static final double[] SLOW = {0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600};

    private final double[] bounds;
    private final LongAdder[] counts;
    private final LongAdder count = new LongAdder();
    private final DoubleAdder sum = new DoubleAdder();

    public SecondsHistogram(double... bounds) {
        if (bounds.length == 0) {
            throw new IllegalArgumentException("a histogram needs at least one bucket");
        }
        this.bounds = bounds.clone();
        Arrays.sort(this.bounds);
        this.counts = new LongAdder[this.bounds.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new LongAdder();
        }
    }

    /** Records one observation; a negative duration (clocks) counts as zero. */
    public void record(Duration duration) {
        recordSeconds(duration.isNegative() ? 0 : duration.toNanos() / 1e9);
    }

    public void recordSeconds(double seconds) {
        double value = Math.max(0, seconds);
        // Non-cumulative here; bucket(i) adds up, so one observation touches one adder.
        int index = Arrays.binarySearch(bounds, value);
        int slot = index >= 0 ? index : -index - 1;
        if (slot < counts.length) {
            counts[slot].increment();
        }
        count.increment();
        sum.add(value);
    }

    /** The upper bounds in seconds, ascending, without {@code +Inf}. */
    public double[] bounds() {
        return bounds.clone();
    }

    /** Observations at most {@code bounds()[index]} seconds. */
    public long cumulativeCount(int index) {
        long total = 0;
        for (int i = 0; i <= index; i++) {
            total += counts[i].sum();
        }
        return total;
    }

    /** Every observation: the {@code +Inf} bucket and {@code _count}. */
    public long count() {
        return count.sum();
    }

    /** The sum of every observation in seconds. */
    public double sumSeconds() {
        return sum.sum();
    }
}
