package dev.acmr.messages.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogContextTest {

    @AfterEach
    void nothingLeftBehind() {
        assertTrue(LogContext.fields().isEmpty(), "a test left ids on the thread: " + LogContext.fields());
    }

    @Test
    void aScopeAddsItsIdsAndClosingItPutsBackWhatWasThere() {
        try (LogContext.Scope request = LogContext.open(LogKey.REQUEST_ID, "req-1")) {
            try (LogContext.Scope message = LogContext.open(Map.of(LogKey.INSTANCE_ID, "i-1", LogKey.REQUEST_ID, "req-2"))) {
                assertEquals(Map.of("requestId", "req-2", "instanceId", "i-1"), LogContext.fields());
            }
            assertEquals(Map.of("requestId", "req-1"), LogContext.fields());
        }
        assertEquals(Optional.empty(), LogContext.get(LogKey.REQUEST_ID));
    }

    @Test
    void absentIdsAreLeftOut() {
        Map<LogKey, Object> ids = new EnumMap<>(LogKey.class);
        ids.put(LogKey.PARTICIPANT_ID, null);
        try (LogContext.Scope scope = LogContext.open(LogKey.REQUEST_ID, null)) {
            try (LogContext.Scope inner = LogContext.open(ids)) {
                assertTrue(LogContext.fields().isEmpty());
            }
        }
    }

    @Test
    void fieldsFollowTheKeyOrder() {
        try (LogContext.Scope scope = LogContext.open(Map.of(LogKey.REPLICA_ID, "r", LogKey.REQUEST_ID, "q",
                LogKey.COMPOSITION_ID, "c"))) {
            assertEquals(List.of("requestId", "compositionId", "replicaId"), List.copyOf(LogContext.fields().keySet()));
        }
    }

    @Test
    void putAddsToTheOpenScopeOnlyAndGoesWithIt() {
        LogContext.put(LogKey.INSTANCE_ID, "outside");
        assertTrue(LogContext.fields().isEmpty(), "put outside a scope would stay on a pooled thread");
        try (LogContext.Scope scope = LogContext.open(LogKey.REQUEST_ID, "q")) {
            LogContext.put(LogKey.INSTANCE_ID, "i");
            assertEquals(Optional.of("i"), LogContext.get(LogKey.INSTANCE_ID));
        }
    }

    @Test
    void aSnapshotCarriesTheIdsToAnotherThread() {
        try (LogContext.Scope scope = LogContext.open(LogKey.REQUEST_ID, "q")) {
            Map<LogKey, String> handedOver = LogContext.snapshot();
            Map<String, String> seen = CompletableFuture.supplyAsync(() -> {
                try (LogContext.Scope there = LogContext.replace(handedOver)) {
                    return LogContext.fields();
                }
            }).join();
            assertEquals(Map.of("requestId", "q"), seen);
        }
    }
}
