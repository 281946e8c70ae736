package dev.acmr.runtime.infrastructure.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageOutboxTest {

    @Test
    void idsAreRemovedWithOneArrayParameter() {
        UUID a = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        UUID b = UUID.fromString("00000000-0000-0000-0000-00000000000b");
        assertEquals("{00000000-0000-0000-0000-00000000000a,00000000-0000-0000-0000-00000000000b}",
                MessageOutbox.arrayLiteral(List.of(a, b)));
        assertEquals("{}", MessageOutbox.arrayLiteral(List.of()));
    }
}
