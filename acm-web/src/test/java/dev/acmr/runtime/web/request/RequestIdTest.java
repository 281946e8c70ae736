package dev.acmr.runtime.web.request;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void echoesTheClientsId() {
        assertEquals("5f8e1d3c-0000-4000-8000-000000000001",
                RequestId.fromHeader("5f8e1d3c-0000-4000-8000-000000000001").value());
        assertEquals("my-trace.42", RequestId.fromHeader(" my-trace.42 ").value(), "surrounding blanks are trimmed");
    }

    @Test
    void generatesAUuidWhenTheHeaderIsMissingOrBlank() {
        assertIsUuid(RequestId.fromHeader(null));
        assertIsUuid(RequestId.fromHeader(""));
        assertIsUuid(RequestId.fromHeader("   "));
    }

    @Test
    void replacesIdsThatWouldHarmLogsOrHeaders() {
        assertIsUuid(RequestId.fromHeader("id with spaces"));
        assertIsUuid(RequestId.fromHeader("line\nbreak"));
        assertIsUuid(RequestId.fromHeader("caf\u00e9"));
        assertIsUuid(RequestId.fromHeader("x".repeat(RequestId.MAX_LENGTH + 1)));
    }

    @Test
    void acceptsAnIdOfTheMaximumLength() {
        String longest = "x".repeat(RequestId.MAX_LENGTH);
        assertEquals(longest, RequestId.fromHeader(longest).value());
    }

    @Test
    void generatesADifferentIdEachTime() {
        assertNotEquals(RequestId.generate(), RequestId.generate());
    }

    private static void assertIsUuid(RequestId id) {
        assertDoesNotThrow(() -> UUID.fromString(id.value()));
        assertEquals(36, id.value().length());
    }
}
