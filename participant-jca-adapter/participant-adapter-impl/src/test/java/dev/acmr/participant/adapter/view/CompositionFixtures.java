package dev.acmr.participant.adapter.view;

import dev.acmr.messages.CompositionState;
import dev.acmr.messages.ElementDefinition;
import dev.acmr.messages.ParticipantCompositionSync;
import dev.acmr.messages.ParticipantPrime;
import dev.acmr.messages.PrimeOrder;
import dev.acmr.messages.SupportedElementType;
import dev.acmr.participant.adapter.config.ParticipantSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Messages and settings the composition tests share. */
public final class CompositionFixtures {

    public static final UUID PARTICIPANT = UUID.randomUUID();
    public static final UUID REPLICA = UUID.randomUUID();
    public static final String TYPE = "org.onap.policy.clamp.acm.SimAutomationCompositionElement";
    public static final ParticipantSettings SETTINGS = new ParticipantSettings(PARTICIPANT, REPLICA, true,
            List.of(new SupportedElementType(TYPE, "1.0.0")), Duration.ofSeconds(1));

    private CompositionFixtures() {
    }

    public static ElementDefinition element(String name, String version, Map<String, Object> properties,
            Map<String, Object> outProperties) {
        return new ElementDefinition(name, version, TYPE, "1.0.0", properties, outProperties);
    }

    /** Two elements: "a" 1.2.3 with properties and out-properties (one of them null), "b" 1.0.0 with neither. */
    public static List<ElementDefinition> twoElements() {
        Map<String, Object> outProperties = new HashMap<>();
        outProperties.put("kept", "yes");
        outProperties.put("unset", null);
        return List.of(element("a", "1.2.3", Map.of("url", "http://x", "port", 80), outProperties),
                element("b", "1.0.0", null, null));
    }

    public static ParticipantPrime prime(UUID compositionId, PrimeOrder order, long revision) {
        return new ParticipantPrime(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, REPLICA, compositionId, order,
                revision, twoElements());
    }

    public static ParticipantCompositionSync sync(UUID compositionId, long revision, CompositionState state,
            List<ElementDefinition> elements) {
        return new ParticipantCompositionSync(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, null, compositionId,
                revision, state, false, elements, 0, null);
    }

    public static ParticipantCompositionSync deleted(UUID compositionId, long revision) {
        return new ParticipantCompositionSync(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, null, compositionId,
                revision, CompositionState.COMMISSIONED, true, List.of(), 0, null);
    }
}
