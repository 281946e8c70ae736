package dev.acmr.runtime.participant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SupportedElementTypeIdTest {

    private static final ParticipantId PARTICIPANT =
            new ParticipantId(UUID.fromString("101c62b3-8918-41b9-a747-d21eb79c6c03"));
    private static final ElementType SIM =
            new ElementType("org.onap.policy.clamp.acm.SimAutomationCompositionElement", "1.0.0");

    @Test
    void isTheNameBasedUuidOfParticipantNameAndVersion() {
        UUID expected = UUID.nameUUIDFromBytes(("101c62b3-8918-41b9-a747-d21eb79c6c03"
                + "org.onap.policy.clamp.acm.SimAutomationCompositionElement" + "1.0.0")
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(expected, SupportedElementTypeId.of(PARTICIPANT, SIM).value());
    }

    @Test
    void isTheSameOnEveryCall() {
        assertEquals(SupportedElementTypeId.of(PARTICIPANT, SIM),
                SupportedElementTypeId.of(PARTICIPANT, new ElementType(SIM.name(), SIM.version())));
    }

    @Test
    void differsByParticipantAndByVersion() {
        ParticipantId other = new ParticipantId(UUID.fromString("201c62b3-8918-41b9-a747-d21eb79c6c03"));

        assertNotEquals(SupportedElementTypeId.of(PARTICIPANT, SIM), SupportedElementTypeId.of(other, SIM));
        assertNotEquals(SupportedElementTypeId.of(PARTICIPANT, SIM),
                SupportedElementTypeId.of(PARTICIPANT, new ElementType(SIM.name(), "2.0.0")));
    }
}
