package dev.acmr.bench.hops;

import dev.acmr.bench.client.MetricsEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hop histograms of every node at one moment, per hop and message type (the {@code type} label; empty for the
 * untyped publish histogram): counts, sums and cumulative buckets added over the nodes; {@code nodesAnswered}: how
 * many nodes served their metrics. Quantile series (a summary's) are read too, each the largest any node printed, for
 * a runtime without buckets.
 */
public record HopSnapshot(Map<Series, Timer> series, int nodesAnswered) {

    public HopSnapshot {
        series = new TreeMap<>(series);
    }

    /** A hop and message type. */
    public record Series(Hop hop, String type) implements Comparable<Series> {

        @Override
        public int compareTo(Series other) {
            int byHop = hop.compareTo(other.hop);
            return byHop != 0 ? byHop : type.compareTo(other.type);
        }
    }

    /**
     * Cumulative count, sum (seconds) and buckets, and the p50/p99 a summary printed (seconds, NaN when none), over
     * the nodes.
     */
    public record Timer(double count, double sumSeconds, double p50Seconds, double p99Seconds, Buckets buckets) {

        /** Before the first observation, or before the series existed. */
        public static final Timer NONE = new Timer(0, 0, Double.NaN, Double.NaN, Buckets.NONE);

        Timer plus(Timer other) {
            return new Timer(count + other.count, sumSeconds + other.sumSeconds, max(p50Seconds, other.p50Seconds),
                    max(p99Seconds, other.p99Seconds), buckets.plus(other.buckets));
        }

        private static double max(double a, double b) {
            return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
        }
    }

    /** Every node's metrics; a node that does not answer is left out. */
    public static HopSnapshot read(List<String> nodeUrls) {
        List<String> texts = new ArrayList<>();
        for (String node : nodeUrls) {
            String text = MetricsEndpoint.read(node, "acm_");
            if (text != null) {
                texts.add(text);
            }
        }
        return of(texts);
    }

    /** From the nodes' Prometheus texts. */
    public static HopSnapshot of(List<String> nodeTexts) {
        Map<Series, Timer> all = new TreeMap<>();
        for (String text : nodeTexts) {
            Map<Series, Timer> node = new TreeMap<>();
            for (PrometheusText.Sample sample : PrometheusText.parse(text)) {
                Hop hop = Hop.of(sample.name());
                if (hop == null) {
                    continue;
                }
                Series key = new Series(hop, sample.label("type"));
                node.put(key, with(node.getOrDefault(key, Timer.NONE), sample));
            }
            node.forEach((key, timer) -> all.merge(key, timer, Timer::plus));
        }
        return new HopSnapshot(all, nodeTexts.size());
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }

    private static Timer with(Timer timer, PrometheusText.Sample sample) {
        String name = sample.name();
        double value = sample.value();
        if (name.endsWith("_bucket")) {
            double upperBound;
            try {
                upperBound = PrometheusText.number(sample.label("le"));
            } catch (NumberFormatException e) {
                return timer; // a bucket without a readable bound cannot be placed
            }
            return new Timer(timer.count(), timer.sumSeconds(), timer.p50Seconds(), timer.p99Seconds(),
                    timer.buckets().with(upperBound, value));
        }
        if (name.endsWith("_count")) {
            return new Timer(value, timer.sumSeconds(), timer.p50Seconds(), timer.p99Seconds(), timer.buckets());
        }
        if (name.endsWith("_sum")) {
            return new Timer(timer.count(), value, timer.p50Seconds(), timer.p99Seconds(), timer.buckets());
        }
        return switch (sample.label("quantile")) {
            case "0.5" -> new Timer(timer.count(), timer.sumSeconds(), value, timer.p99Seconds(), timer.buckets());
            case "0.99" -> new Timer(timer.count(), timer.sumSeconds(), timer.p50Seconds(), value, timer.buckets());
            default -> timer;
        };
    }
}
