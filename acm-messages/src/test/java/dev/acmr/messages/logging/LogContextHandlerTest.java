package dev.acmr.messages.logging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class LogContextHandlerTest {

    private static final Map<String, String> IDS = Map.of("requestId", "req-1");

    @Test
    void aRecordWithoutParametersKeepsItsTextVerbatimBesideTheIds() {
        String text = "body {\"a\": 1} isn't {0} a pattern";
        LogRecord record = new LogRecord(Level.INFO, text);
        LogContextHandler.enrich(record, IDS);
        assertEquals(text, MessageFormat.format(record.getMessage(), record.getParameters()));
        assertEquals(IDS, record.getParameters()[1]);
    }

    @Test
    void aPatternKeepsItsParametersAndGetsTheIdsLast() {
        LogRecord record = new LogRecord(Level.INFO, "deploy of {0} phase {1}");
        record.setParameters(new Object[] {"i-1", 2});
        LogContextHandler.enrich(record, IDS);
        assertEquals("deploy of i-1 phase 2", MessageFormat.format(record.getMessage(), record.getParameters()));
        assertEquals(3, record.getParameters().length);
        assertEquals(IDS, record.getParameters()[2]);
    }

    @Test
    void noIdsLeaveTheRecordAlone() {
        LogRecord record = new LogRecord(Level.INFO, "plain");
        LogContextHandler.enrich(record, Map.of());
        assertEquals("plain", record.getMessage());
        assertNull(record.getParameters());
    }

    @Test
    void aRecordPassedTwiceCarriesOneMapWithTheLatestIds() {
        LogRecord record = new LogRecord(Level.INFO, "text");
        LogContextHandler.enrich(record, IDS);
        LogContextHandler.enrich(record, Map.of("requestId", "req-2"));
        assertEquals(2, record.getParameters().length);
        assertEquals("text", record.getParameters()[0]);
        assertEquals(Map.of("requestId", "req-2"), record.getParameters()[1]);
    }

    @Test
    void aRecordWithoutMessageGetsTheIdsOnly() {
        LogRecord record = new LogRecord(Level.INFO, null);
        LogContextHandler.enrich(record, IDS);
        assertNull(record.getMessage());
        assertArrayEquals(new Object[] {IDS}, record.getParameters());
    }

    @Test
    void installedOnOurLoggerItEnrichesOurRecordsBeforeTheRootHandlersSeeThem() {
        List<LogRecord> seen = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger ours = Logger.getLogger("dev.acmr.some.Component");
        Logger other = Logger.getLogger("org.example.Library");
        Logger.getLogger("").addHandler(capture);
        LogContextHandler handler = LogContextHandler.install();
        try (LogContext.Scope scope = LogContext.open(LogKey.REQUEST_ID, "req-9")) {
            ours.info("ours");
            other.info("theirs");
        } finally {
            handler.uninstall();
            Logger.getLogger("").removeHandler(capture);
        }
        assertEquals(2, seen.size());
        assertEquals(Map.of("requestId", "req-9"), seen.get(0).getParameters()[1]);
        assertNull(seen.get(1).getParameters(), "records of other loggers are not ours to change");
        assertTrue(seen.get(0).getParameters()[1] instanceof Map<?, ?>);
        assertSame(Level.INFO, seen.get(0).getLevel());
    }

    @Test
    void processIdsGoOnEveryRecordUnderTheThreadsOwn() {
        LogContextHandler handler = LogContextHandler.install();
        try {
            handler.setProcessIds(Map.of(LogKey.PARTICIPANT_ID, "p-1", LogKey.REPLICA_ID, "r-1"));
            LogRecord idle = new LogRecord(Level.INFO, "heartbeat");
            handler.publish(idle);
            assertEquals(Map.of("participantId", "p-1", "replicaId", "r-1"), idle.getParameters()[1]);

            LogRecord order = new LogRecord(Level.INFO, "order");
            try (LogContext.Scope scope = LogContext.open(Map.of(LogKey.REQUEST_ID, "q", LogKey.REPLICA_ID, "r-2"))) {
                handler.publish(order);
            }
            assertEquals(List.of("requestId", "participantId", "replicaId"),
                    List.copyOf(((Map<?, ?>) order.getParameters()[1]).keySet()));
            assertEquals(Map.of("requestId", "q", "participantId", "p-1", "replicaId", "r-2"), order.getParameters()[1]);

            handler.setProcessIds(Map.of());
            LogRecord after = new LogRecord(Level.INFO, "stopped");
            handler.publish(after);
            assertNull(after.getParameters());
        } finally {
            handler.uninstall();
        }
    }
}
