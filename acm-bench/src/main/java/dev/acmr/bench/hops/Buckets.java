package dev.acmr.bench.hops;

import dev.acmr.bench.stats.Summary;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The cumulative buckets of one Prometheus histogram: upper bound {@code le} in seconds ({@code +Inf} as
 * {@link Double#POSITIVE_INFINITY}) → observations at most that long. Buckets add up over nodes and subtract between
 * two readings, so the quantiles of a time window over every node can be read from them.
 */
public record Buckets(NavigableMap<Double, Double> cumulative) {

    public static final Buckets NONE = new Buckets(new TreeMap<>());

    public Buckets {
        cumulative = Collections.unmodifiableNavigableMap(new TreeMap<>(cumulative));
    }

    /** A quantile in seconds; {@code beyondHighestBound} when its rank falls in {@code +Inf}, the value that bound. */
    public record Quantile(double seconds, boolean beyondHighestBound) {

        public static final Quantile NONE = new Quantile(Double.NaN, false);

        /** For the report: {@code 1.2 ms}, {@code > 5,000 ms} beyond the highest bound, {@code n/a}. */
        public String formatMs() {
            String ms = Summary.format(seconds * 1000);
            return beyondHighestBound ? "> " + ms : ms;
        }
    }

    public boolean isEmpty() {
        return cumulative.isEmpty();
    }

    Buckets with(double upperBound, double count) {
        TreeMap<Double, Double> next = new TreeMap<>(cumulative);
        next.put(upperBound, count);
        return new Buckets(next);
    }

    /** Bucket by bucket, as {@code sum by (le)} adds the nodes' series. */
    Buckets plus(Buckets other) {
        TreeMap<Double, Double> sum = new TreeMap<>(cumulative);
        other.cumulative.forEach((le, count) -> sum.merge(le, count, Double::sum));
        return new Buckets(sum);
    }

    /** The observations made since {@code before}; a bound {@code before} lacks had none then. */
    Buckets minus(Buckets before) {
        TreeMap<Double, Double> delta = new TreeMap<>();
        cumulative.forEach((le, count) -> delta.put(le, count - before.cumulative.getOrDefault(le, 0.0)));
        return new Buckets(delta);
    }

    /**
     * The {@code q} quantile as Prometheus' {@code histogram_quantile} estimates it: the bucket holding rank
     * {@code q × total}, interpolated linearly between its bounds (the first bucket from 0). NONE without a
     * {@code +Inf} bucket, without observations, or with a negative count (a node restarted or went missing between two
     * readings).
     */
    public Quantile quantile(double q) {
        if (cumulative.size() < 2 || cumulative.lastKey() != Double.POSITIVE_INFINITY
                || cumulative.values().stream().anyMatch(count -> !(count >= 0))) {
            return Quantile.NONE;
        }
        double total = cumulative.lastEntry().getValue();
        if (total <= 0) {
            return Quantile.NONE;
        }
        double rank = q * total;
        double lowerBound = 0;
        double below = 0;
        List<Map.Entry<Double, Double>> finite = List.copyOf(cumulative.headMap(Double.POSITIVE_INFINITY).entrySet());
        for (Map.Entry<Double, Double> bucket : finite) {
            // The gauges are read one by one while observations go on: keep the counts monotonic as Prometheus does.
            double count = Math.max(below, bucket.getValue());
            if (count >= rank) {
                double share = count > below ? (rank - below) / (count - below) : 0;
                return new Quantile(lowerBound + (bucket.getKey() - lowerBound) * share, false);
            }
            lowerBound = bucket.getKey();
            below = count;
        }
        return new Quantile(lowerBound, true);
    }
}
