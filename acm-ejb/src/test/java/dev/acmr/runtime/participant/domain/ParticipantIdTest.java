package dev.acmr.runtime.participant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParticipantIdTest {

    @Test
    void parsesACanonicalUuidInEitherCase() {
        UUID uuid = UUID.fromString("101c62b3-8918-41b9-a747-d21eb79c6c03");
        assertEquals(new ParticipantId(uuid), ParticipantId.parse("101c62b3-8918-41b9-a747-d21eb79c6c03").orElseThrow());
        assertEquals(new ParticipantId(uuid), ParticipantId.parse("101C62B3-8918-41B9-A747-D21EB79C6C03").orElseThrow());
    }

    @Test
    void rejectsWhatIsNotACanonicalUuid() {
        assertTrue(ParticipantId.parse(null).isEmpty());
        assertTrue(ParticipantId.parse("").isEmpty());
        assertTrue(ParticipantId.parse("not-a-uuid").isEmpty());
        assertTrue(ParticipantId.parse("1-2-3-4-5").isEmpty(), "UUID.fromString would accept it");
        assertTrue(ParticipantId.parse(" 101c62b3-8918-41b9-a747-d21eb79c6c03").isEmpty());
    }

    @Test
    void ordersAsPostgresqlOrdersUuids() {
        // UUID.compareTo sees the high bit as a sign and puts "8..." before "0..."; PostgreSQL compares bytes.
        ParticipantId high = new ParticipantId(UUID.fromString("80000000-0000-0000-0000-000000000000"));
        ParticipantId low = new ParticipantId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

        assertEquals(List.of(low, high), List.of(high, low).stream().sorted().toList());
    }
}
