package dev.acmr.messages.logging;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Writes nothing itself: attached to the {@code dev.acmr} logger, it sees every record our code logs before the
 * server's own handlers (records go up the logger tree, {@code dev.acmr} before the root), on the thread that logs,
 * and adds the thread's {@link LogContext} to the record as a map parameter. Payara's JSON formatter writes each
 * entry of a map parameter as a field of the line, also after Payara Server's file handler has copied the record to
 * format it on its own thread.
 *
 * <p>A message is only run through {@link java.text.MessageFormat} when it holds a {@code {0}} placeholder and the
 * record has parameters. A record that had none gets its message moved into the first parameter behind a plain
 * {@code {0}} pattern, so that adding the map never makes a literal brace or quote in it look like a placeholder.
 */
public final class LogContextHandler extends Handler {

    /** Every logger of ours is below this one. */
    public static final String LOGGER = "dev.acmr";

    // Held strongly: the log manager keeps loggers only weakly, and with the logger would go its handlers.
    private static final Logger ACM_LOGGER = Logger.getLogger(LOGGER);

    /** The map parameter: its own type, so that a record that passes twice (two handlers installed) gets one map. */
    static final class Fields extends LinkedHashMap<String, String> {
        private static final long serialVersionUID = 1L;

        Fields(Map<String, String> fields) {
            super(fields);
        }
    }

    /** Ids true of the whole process (a replica's participant and replica), under the thread's own. */
    private volatile Map<String, String> processFields = Map.of();

    private LogContextHandler() {
        setLevel(Level.ALL);
    }

    /**
     * Ids every record gets unless the thread's context says otherwise: a participant replica's own participant and
     * replica ids, known once its endpoint is activated. Null values are left out; an empty map clears them.
     */
    public void setProcessIds(Map<LogKey, ?> ids) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (LogKey key : LogKey.values()) {
            Object value = ids.get(key);
            if (value != null) {
                fields.put(key.field(), value.toString());
            }
        }
        processFields = Map.copyOf(fields);
    }

    /** Attaches a new handler to {@code dev.acmr}; {@link #uninstall} it when the application stops. */
    public static LogContextHandler install() {
        LogContextHandler handler = new LogContextHandler();
        ACM_LOGGER.addHandler(handler);
        return handler;
    }

    public void uninstall() {
        ACM_LOGGER.removeHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        if (record != null) {
            enrich(record, withProcessFields(LogContext.fields()));
        }
    }

    private Map<String, String> withProcessFields(Map<String, String> threadFields) {
        Map<String, String> process = processFields;
        if (process.isEmpty()) {
            return threadFields;
        }
        // In LogKey order, the thread's value winning: a runtime message handled on a replica names the same ids.
        Map<String, String> fields = new LinkedHashMap<>();
        for (LogKey key : LogKey.values()) {
            String value = threadFields.getOrDefault(key.field(), process.get(key.field()));
            if (value != null) {
                fields.put(key.field(), value);
            }
        }
        return fields;
    }

    /** Adds {@code fields} to the record's parameters (a no-op when there are none). */
    static void enrich(LogRecord record, Map<String, String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        Object[] parameters = record.getParameters();
        if (parameters == null || parameters.length == 0) {
            if (record.getMessage() == null) {
                record.setParameters(new Object[] {new Fields(fields)});
                return;
            }
            record.setParameters(new Object[] {record.getMessage(), new Fields(fields)});
            record.setMessage("{0}");
            return;
        }
        int last = parameters.length - 1;
        Object[] enriched = parameters[last] instanceof Fields ? parameters.clone()
                : Arrays.copyOf(parameters, parameters.length + 1);
        enriched[enriched.length - 1] = new Fields(fields);
        record.setParameters(enriched);
    }

    @Override
    public void flush() {
        // writes nothing
    }

    @Override
    public void close() {
        // holds nothing
    }
}
