package dev.acmr.runtime.metrics;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The two registry calls the recorders make (gauge and counter by metadata and tags), recorded under the name the
 * Prometheus exporter writes ({@code acm_x_y{a="b"}}, tags sorted), so tests read what a scrape would show.
 */
final class FakeRegistry {

    final Map<String, Supplier<? extends Number>> gauges = new TreeMap<>();
    final Map<String, AtomicLong> counters = new TreeMap<>();
    final MetricRegistry registry = (MetricRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> {
                if (method.getName().equals("gauge") && args.length == 3 && args[0] instanceof Metadata metadata
                        && args[1] instanceof Supplier<?> supplier) {
                    @SuppressWarnings("unchecked")
                    Supplier<? extends Number> numbers = (Supplier<? extends Number>) supplier;
                    String series = key(metadata.getName(), (Tag[]) args[2]);
                    if (gauges.putIfAbsent(series, numbers) != null) {
                        throw new IllegalArgumentException("registered twice: " + series);
                    }
                    return null;
                }
                if (method.getName().equals("counter") && args.length == 2 && args[0] instanceof Metadata metadata) {
                    AtomicLong count = counters.computeIfAbsent(key(metadata.getName(), (Tag[]) args[1]),
                            name -> new AtomicLong());
                    return counter(count);
                }
                throw new UnsupportedOperationException(method.toString());
            });

    double gauge(String series) {
        Supplier<? extends Number> supplier = gauges.get(series);
        if (supplier == null) {
            throw new AssertionError("no gauge " + series + " among " + gauges.keySet());
        }
        return supplier.get().doubleValue();
    }

    long counter(String series) {
        AtomicLong count = counters.get(series);
        if (count == null) {
            throw new AssertionError("no counter " + series + " among " + counters.keySet());
        }
        return count.get();
    }

    static String key(String name, Tag... tags) {
        String labels = Arrays.stream(tags).sorted((a, b) -> a.getTagName().compareTo(b.getTagName()))
                .map(tag -> tag.getTagName() + "=\"" + tag.getTagValue() + "\"").collect(Collectors.joining(","));
        return name.replace('.', '_') + (labels.isEmpty() ? "" : "{" + labels + "}");
    }

    private static Counter counter(AtomicLong count) {
        return new Counter() {
            @Override
            public void inc() {
                count.incrementAndGet();
            }

            @Override
            public void inc(long n) {
                count.addAndGet(n);
            }

            @Override
            public long getCount() {
                return count.get();
            }
        };
    }
}
