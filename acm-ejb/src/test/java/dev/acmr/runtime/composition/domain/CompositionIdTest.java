package dev.acmr.runtime.composition.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompositionIdTest {

    @Test
    void parsesACanonicalUuidInEitherCase() {
        UUID uuid = UUID.fromString("6c6e5b3a-0000-4000-8000-00000000000a");
        assertEquals(new CompositionId(uuid), CompositionId.parse("6c6e5b3a-0000-4000-8000-00000000000a").orElseThrow());
        assertEquals(new CompositionId(uuid), CompositionId.parse("6C6E5B3A-0000-4000-8000-00000000000A").orElseThrow());
    }

    @Test
    void rejectsWhatIsNotACanonicalUuid() {
        assertTrue(CompositionId.parse(null).isEmpty());
        assertTrue(CompositionId.parse("").isEmpty());
        assertTrue(CompositionId.parse("1-2-3-4-5").isEmpty(), "UUID.fromString would accept it");
        assertTrue(CompositionId.parse("6c6e5b3a-0000-4000-8000-00000000000a ").isEmpty());
    }
}
