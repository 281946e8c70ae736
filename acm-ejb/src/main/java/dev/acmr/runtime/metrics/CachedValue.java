package dev.acmr.runtime.metrics;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read at most once per {@code maxAge}, for gauges that query the database: a scrape of each node, or several
 * gauges reading the same figures, cost one query per period. A failing read keeps the last value (a scrape must not
 * fail because the database is away; the health check reports that).
 */
public final class CachedValue<T> {

    private final Supplier<T> source;
    private final long maxAgeNanos;
    private final LongSupplier clock;
    private T value;
    private long readAt;
    private boolean read;

    public CachedValue(Supplier<T> source, Duration maxAge, T initial) {
        this(source, maxAge, initial, System::nanoTime);
    }

    CachedValue(Supplier<T> source, Duration maxAge, T initial, LongSupplier clock) {
        this.source = source;
        this.maxAgeNanos = maxAge.toNanos();
        this.clock = clock;
        this.value = initial;
    }

    public synchronized T get() {
        long now = clock.getAsLong();
        if (!read || now - readAt >= maxAgeNanos) {
            read = true;
            readAt = now;
            try {
                value = source.get();
            } catch (RuntimeException e) {
                // keep the last value; see the class comment
            }
        }
        return value;
    }
}
