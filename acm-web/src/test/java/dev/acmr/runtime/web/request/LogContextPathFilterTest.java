package dev.acmr.runtime.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.logging.LogContext;
import dev.acmr.messages.logging.LogKey;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogContextPathFilterTest {

    @Test
    void theMatchedPathsIdsJoinTheRequestsScopeAndLeaveWithIt() {
        MultivaluedHashMap<String, String> path = new MultivaluedHashMap<>();
        path.putSingle("compositionId", "c-1");
        path.putSingle("instanceId", "i-1");
        try (LogContext.Scope request = LogContext.open(LogKey.REQUEST_ID, "req-1")) {
            LogContextPathFilter.addPathIds(path);
            assertEquals(Map.of("requestId", "req-1", "compositionId", "c-1", "instanceId", "i-1"),
                    LogContext.fields());
        }
        assertTrue(LogContext.fields().isEmpty());
    }

    @Test
    void aPathWithoutIdsAddsNothing() {
        try (LogContext.Scope request = LogContext.open(LogKey.REQUEST_ID, "req-2")) {
            LogContextPathFilter.addPathIds(new MultivaluedHashMap<>());
            assertEquals(Map.of("requestId", "req-2"), LogContext.fields());
        }
    }
}
