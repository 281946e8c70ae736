package dev.acmr.messages.logging;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ids the current thread's work is about. Work opens a {@link Scope} with what it knows and closes it when it
 * ends (try-with-resources), which puts back what the thread had before: server threads are pooled, and an id left
 * behind would be written into the lines of the next, unrelated piece of work.
 *
 * <p>Values are kept as text; a null value leaves the key out (or as it was), so that absent ids are absent fields.
 */
public final class LogContext {

    private static final ThreadLocal<Map<LogKey, String>> CURRENT = new ThreadLocal<>();

    private LogContext() {
    }

    /** Restores the context a thread had when the scope was opened. */
    public static final class Scope implements AutoCloseable {

        private final Map<LogKey, String> previous;

        private Scope(Map<LogKey, String> previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            set(previous);
        }
    }

    /** Opens a scope with the given ids added to (or replacing) the current ones; null values are skipped. */
    public static Scope open(Map<LogKey, ?> ids) {
        Map<LogKey, String> previous = CURRENT.get();
        set(merged(previous, ids));
        return new Scope(previous);
    }

    public static Scope open(LogKey key, Object value) {
        Map<LogKey, Object> ids = new EnumMap<>(LogKey.class);
        if (value != null) {
            ids.put(key, value);
        }
        return open(ids);
    }

    /** Opens a scope with exactly these ids, whatever the thread had (for work handed over from another thread). */
    public static Scope replace(Map<LogKey, String> ids) {
        Map<LogKey, String> previous = CURRENT.get();
        set(merged(null, ids));
        return new Scope(previous);
    }

    /**
     * Adds an id to the scope already open on this thread (one that is learnt halfway through the work, e.g. from
     * the matched path). Closing that scope removes it again; outside any scope it is ignored, as it would leak.
     */
    public static void put(LogKey key, Object value) {
        Map<LogKey, String> current = CURRENT.get();
        if (current != null && value != null) {
            set(merged(current, Map.of(key, value)));
        }
    }

    public static Optional<String> get(LogKey key) {
        Map<LogKey, String> current = CURRENT.get();
        return current == null ? Optional.empty() : Optional.ofNullable(current.get(key));
    }

    /** The current ids, to hand over to another thread ({@link #replace}). */
    public static Map<LogKey, String> snapshot() {
        Map<LogKey, String> current = CURRENT.get();
        return current == null ? Map.of() : current;
    }

    /** The current ids by field name, in {@link LogKey} order; empty when none is known. */
    public static Map<String, String> fields() {
        Map<LogKey, String> current = CURRENT.get();
        if (current == null) {
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        current.forEach((key, value) -> fields.put(key.field(), value));
        return fields;
    }

    private static Map<LogKey, String> merged(Map<LogKey, String> base, Map<LogKey, ?> added) {
        Map<LogKey, String> result = new EnumMap<>(LogKey.class);
        if (base != null) {
            result.putAll(base);
        }
        added.forEach((key, value) -> {
            if (value != null) {
                result.put(key, value.toString());
            }
        });
        return result.isEmpty() ? null : Collections.unmodifiableMap(result);
    }

    // An empty context is no context: the thread keeps no value of ours (nor a reference to this class's loader).
    private static void set(Map<LogKey, String> ids) {
        if (ids == null || ids.isEmpty()) {
            CURRENT.remove();
        } else {
            CURRENT.set(ids);
        }
    }
}
