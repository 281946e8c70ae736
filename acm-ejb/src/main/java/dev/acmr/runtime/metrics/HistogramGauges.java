package dev.acmr.runtime.metrics;

import java.util.Arrays;
import java.util.stream.Stream;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Exports a {@link SecondsHistogram} as the series of a Prometheus histogram: {@code <name>_bucket{le="..."}} for each
 * bound and {@code +Inf}, {@code <name>_count} and {@code <name>_sum}. The name carries the unit ({@code ..._seconds});
 * the metadata has none, so the exporter writes the values as they are.
 */
public final class HistogramGauges {

    static final String LE = "le";
    static final String INFINITY = "+Inf";

    private HistogramGauges() {
    }

    /** @param name a dotted MicroProfile name ending in {@code .seconds}, e.g. {@code acm.supervision.cycle.seconds} */
    public static SecondsHistogram register(MetricRegistry registry, String name, String description,
            SecondsHistogram histogram, Tag... tags) {
        double[] bounds = histogram.bounds();
        for (int i = 0; i < bounds.length; i++) {
            int index = i;
            registry.gauge(metadata(name + ".bucket", description), () -> histogram.cumulativeCount(index),
                    with(tags, new Tag(LE, leOf(bounds[i]))));
        }
        registry.gauge(metadata(name + ".bucket", description), histogram::count, with(tags, new Tag(LE, INFINITY)));
        registry.gauge(metadata(name + ".count", description), histogram::count, tags);
        registry.gauge(metadata(name + ".sum", description), histogram::sumSeconds, tags);
        return histogram;
    }

    /** The bound as Prometheus clients write it: {@code 0.005}, {@code 1.0}. */
    static String leOf(double bound) {
        return Double.toString(bound);
    }

    private static Metadata metadata(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    private static Tag[] with(Tag[] tags, Tag extra) {
        return Stream.concat(Arrays.stream(tags), Stream.of(extra)).toArray(Tag[]::new);
    }
}
