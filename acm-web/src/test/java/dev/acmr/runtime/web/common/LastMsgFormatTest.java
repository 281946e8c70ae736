package dev.acmr.runtime.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LastMsgFormatTest {

    @Test
    void formatsLastMessageTimesAsOnapsTimestampsToTheMillisecondInUtc() {
        assertEquals("2026-11-24 20:01:02.0",
                LastMsgFormat.format(Instant.parse("2026-11-24T20:01:02Z")));
        assertEquals("2026-11-24 20:01:02.999",
                LastMsgFormat.format(Instant.parse("2026-11-24T20:01:02.999999Z")));
        assertEquals("2026-11-24 20:01:02.1",
                LastMsgFormat.format(Instant.parse("2026-11-24T20:01:02.100Z")));
        assertEquals("2026-11-24 20:01:02.05",
                LastMsgFormat.format(Instant.parse("2026-11-24T20:01:02.050Z")));
    }

    @Test
    void formatsLastMessageTimesAsJavaSqlTimestampPrintsThem() {
        Instant time = Instant.parse("2026-11-24T20:01:02.120Z");
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
            assertEquals(java.sql.Timestamp.from(time).toString(), LastMsgFormat.format(time));
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
    }
}
