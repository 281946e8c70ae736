package dev.acmr.messages.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our records through the JSON formatter of the Payara Server this build ships (its jars are put on the test class
 * path by the build), the way Payara Server's file handler treats them: copied on the logging thread
 * ({@code GFLogRecord.wrap}) and formatted later on another thread. Payara Micro's file handler formats the record
 * itself, on the logging thread: checked too.
 */
class PayaraJsonLogFormatTest {

    private static final String FORMATTER = "fish.payara.enterprise.server.logging.JSONLogFormatter";
    private static final String SERVER_RECORD = "com.sun.common.util.logging.GFLogRecord";

    private final Logger logger = Logger.getLogger("dev.acmr.runtime.SomeService");
    private final Logger library = Logger.getLogger("org.example.Library");
    private final List<LogRecord> queued = new ArrayList<>();
    private final Handler serverFileHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            queued.add(wrap(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private LogContextHandler handler;

    // As on Payara Server: the server's file handler is on the root logger, reached after dev.acmr's handlers.
    @BeforeEach
    void attach() {
        handler = LogContextHandler.install();
        Logger.getLogger("").addHandler(serverFileHandler);
    }

    @AfterEach
    void detach() {
        handler.uninstall();
        Logger.getLogger("").removeHandler(serverFileHandler);
    }

    @Test
    void theIdsAreFieldsOfTheLineAndTheTextIsKeptVerbatim() {
        try (LogContext.Scope scope = LogContext.open(Map.of(LogKey.REQUEST_ID, "req \"1\"", LogKey.INSTANCE_ID,
                "i-1"))) {
            logger.info("DEPLOY of {\"a\": 1} isn't {0}\ttabbed");
            logger.log(Level.INFO, "phase {0} sent to {1}", new Object[] {2, "replica-a"});
        }
        List<JsonObject> lines = formattedElsewhere();
        JsonObject first = lines.get(0);
        assertEquals("req \"1\"", first.getString("requestId"));
        assertEquals("i-1", first.getString("instanceId"));
        assertEquals("DEPLOY of {\"a\": 1} isn't {0}\ttabbed", first.getString("LogMessage"));
        assertEquals("INFO", first.getString("Level"));
        assertEquals("dev.acmr.runtime.SomeService", first.getString("LoggerName"));
        assertEquals(Thread.currentThread().getName(), first.getString("ThreadName"), "the logging thread's name");
        assertTrue(first.containsKey("Timestamp"));
        assertEquals("phase 2 sent to replica-a", lines.get(1).getString("LogMessage"));
        assertEquals("req \"1\"", lines.get(1).getString("requestId"));
    }

    @Test
    void absentIdsAreAbsentFields() {
        logger.info("no context");
        try (LogContext.Scope scope = LogContext.open(LogKey.REQUEST_ID, "req-2")) {
            library.info("not ours");
        }
        List<JsonObject> lines = formattedElsewhere();
        for (JsonObject line : lines) {
            for (LogKey key : LogKey.values()) {
                assertFalse(line.containsKey(key.field()), line.toString());
            }
        }
        assertEquals("no context", lines.get(0).getString("LogMessage"));
        assertEquals("not ours", lines.get(1).getString("LogMessage"));
    }

    @Test
    void anExceptionIsItsMessageAndStackTraceAsText() {
        try (LogContext.Scope scope = LogContext.open(LogKey.REQUEST_ID, "req-3")) {
            logger.log(Level.WARNING, "it failed: 'badly'", new IllegalStateException("boom\nsecond line"));
        }
        JsonObject line = formattedElsewhere().get(0);
        assertEquals("req-3", line.getString("requestId"));
        assertEquals("WARNING", line.getString("Level"));
        JsonObject thrown = line.getJsonObject("Throwable");
        assertEquals("it failed: 'badly'", thrown.getString("Exception"));
        assertTrue(thrown.getString("StackTrace").startsWith("java.lang.IllegalStateException: boom\nsecond line\n"),
                thrown.getString("StackTrace"));
    }

    @Test
    void onPayaraMicroTheRecordIsFormattedWhereItIsLogged() throws Exception {
        LogRecord record = new LogRecord(Level.INFO, "listener call");
        record.setLoggerName("dev.acmr.participant.adapter.inbound.EndpointDispatcher");
        try (LogContext.Scope scope = LogContext.open(LogKey.REPLICA_ID, "r-1")) {
            handler.publish(record);
        }
        JsonObject line = parse(formatter().format(record));
        assertEquals("r-1", line.getString("replicaId"));
        assertEquals("listener call", line.getString("LogMessage"));
    }

    /** Every queued record formatted on another thread, as Payara Server's log pump does; each one line of JSON. */
    private List<JsonObject> formattedElsewhere() {
        return CompletableFuture.supplyAsync(() -> {
            Formatter formatter = formatter();
            List<JsonObject> lines = new ArrayList<>();
            for (LogRecord record : queued) {
                if (!List.of(logger.getName(), library.getName()).contains(record.getLoggerName())) {
                    continue;
                }
                String text = formatter.format(record);
                assertTrue(text.endsWith(System.lineSeparator()), text);
                assertEquals(text.length() - System.lineSeparator().length(), text.strip().length(), "one line: " + text);
                lines.add(parse(text));
            }
            return lines;
        }).join();
    }

    private static JsonObject parse(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }

    private static Formatter formatter() {
        try {
            return (Formatter) Class.forName(FORMATTER).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Payara's JSON formatter is not on the test class path", e);
        }
    }

    private static LogRecord wrap(LogRecord record) {
        try {
            Method wrap = Class.forName(SERVER_RECORD).getMethod("wrap", LogRecord.class, boolean.class);
            return (LogRecord) wrap.invoke(null, record, true);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Payara's server log record is not on the test class path", e);
        }
    }
}
