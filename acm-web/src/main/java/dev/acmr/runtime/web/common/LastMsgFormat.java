package dev.acmr.runtime.web.common;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The text form of a lastMsg time, shared by every lastMsg the API shows: ONAP's, which is
 * {@code java.sql.Timestamp#toString} of the time in the runtime's zone (UTC in ONAP's containers), e.g.
 * {@code 2026-11-24 20:01:02.34} or {@code 2026-11-24 20:01:02.0}. Cut to milliseconds, so that two nodes answer the
 * same whatever precision the database keeps, and always in UTC whatever the server's zone.
 */
public final class LastMsgFormat {

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private LastMsgFormat() {
    }

    public static String format(Instant lastMsg) {
        int millis = lastMsg.getNano() / 1_000_000;
        String fraction = millis == 0 ? "0" : String.format("%03d", millis).replaceAll("0+$", "");
        return SECONDS.format(lastMsg) + "." + fraction;
    }
}
