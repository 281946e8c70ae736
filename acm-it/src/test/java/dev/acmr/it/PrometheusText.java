package dev.acmr.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One scrape of a node's {@code /metrics} in Prometheus text: the samples (name, labels, value), comments skipped.
 * Enough for the metrics tests; not a general parser (no escaped quotes in label values, no timestamps).
 */
record PrometheusText(List<Sample> samples) {

    record Sample(String name, Map<String, String> labels, double value) {

        boolean has(String label, String expected) {
            return expected.equals(labels.get(label));
        }
    }

    static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            Map<String, String> labels = new LinkedHashMap<>();
            String name;
            if (brace >= 0 && brace < space) {
                name = line.substring(0, brace);
                String body = line.substring(brace + 1, line.lastIndexOf('}'));
                for (String pair : body.split(",(?=[a-zA-Z_][a-zA-Z0-9_]*=\")")) {
                    int equals = pair.indexOf('=');
                    if (equals > 0) {
                        labels.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip()
                                .replaceAll("^\"|\"$", ""));
                    }
                }
            } else {
                name = line.substring(0, space).strip();
            }
            samples.add(new Sample(name, labels, parseValue(line.substring(space + 1).strip())));
        }
        return new PrometheusText(List.copyOf(samples));
    }

    private static double parseValue(String value) {
        return switch (value) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(value);
        };
    }

    List<Sample> named(String name) {
        return samples.stream().filter(sample -> sample.name().equals(name)).toList();
    }

    boolean hasName(String name) {
        return samples.stream().anyMatch(sample -> sample.name().equals(name));
    }

    /** The sum of the samples of {@code name} whose labels pass {@code labels}; 0 when there are none. */
    double sum(String name, Predicate<Sample> labels) {
        return named(name).stream().filter(labels).mapToDouble(Sample::value).sum();
    }

    double sum(String name) {
        return sum(name, sample -> true);
    }

    /**
     * A quantile from a histogram's cumulative buckets ({@code <family>_bucket{le}}), as Prometheus's
     * histogram_quantile: the upper bound of the first bucket holding the rank; empty with no observation.
     */
    Optional<Double> quantileUpperBound(String family, double quantile, Predicate<Sample> labels) {
        List<Sample> buckets = named(family + "_bucket").stream().filter(labels)
                .sorted((a, b) -> Double.compare(le(a), le(b))).toList();
        if (buckets.isEmpty()) {
            return Optional.empty();
        }
        double total = buckets.get(buckets.size() - 1).value();
        if (total <= 0) {
            return Optional.empty();
        }
        double rank = quantile * total;
        return buckets.stream().filter(bucket -> bucket.value() >= rank).findFirst().map(PrometheusText::le);
    }

    static double le(Sample bucket) {
        return parseValue(bucket.labels().get("le"));
    }
}
