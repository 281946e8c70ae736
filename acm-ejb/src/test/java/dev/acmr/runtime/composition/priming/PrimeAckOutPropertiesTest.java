package dev.acmr.runtime.composition.priming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.messages.CompositionState;
import dev.acmr.messages.ElementOutProperties;
import dev.acmr.messages.OperationResult;
import dev.acmr.messages.ParticipantPrimeAck;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionElement;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.ElementTemplate;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Out-properties a participant reports with its prime outcome ({@code updateCompositionState(..., outPropertiesMap)})
 * are stored on its own elements of the composition, as those of a definition info are; others are ignored.
 */
class PrimeAckOutPropertiesTest {

    private static final String TYPE = "org.onap.policy.clamp.acm.SimAutomationCompositionElement";
    private static final ParticipantId SIM = new ParticipantId(UUID.randomUUID());
    private static final ParticipantId OTHER = new ParticipantId(UUID.randomUUID());

    private final CompositionDefinition definition = new CompositionDefinition(CompositionId.random(),
            new ToscaIdentifier("SimComposition", "1.0.0"), "{}", List.of(element("Starter"), element("Bridge")),
            Instant.EPOCH);

    private static ElementTemplate element(String name) {
        return new ElementTemplate(name, "1.2.3", TYPE, "1.0.0", "{}");
    }

    private CompositionElement named(String name) {
        return definition.elements().stream().filter(row -> row.elementName().equals(name)).findFirst()
                .orElseThrow();
    }

    private ParticipantPrimeAck ack(ParticipantId from, List<ElementOutProperties> outProperties) {
        return new ParticipantPrimeAck(UUID.randomUUID(), Instant.EPOCH, from.value(), UUID.randomUUID(),
                definition.id().value(), CompositionState.PRIMED, OperationResult.NO_ERROR, "Primed", 0,
                outProperties);
    }

    @Test
    void theReportingParticipantsElementsTakeTheirOutProperties() {
        named("Starter").bindTo(SIM);
        named("Bridge").bindTo(OTHER);

        PrimeAckService.storeOutProperties(definition, SIM, ack(SIM, List.of(
                new ElementOutProperties("Starter", "1.2.3", Map.of("InternalState", "PRIMED")),
                new ElementOutProperties("Bridge", "1.2.3", Map.of("InternalState", "PRIMED")),
                new ElementOutProperties("Unknown", "1.0.0", Map.of("x", 1)))));

        assertEquals(Map.of("InternalState", "PRIMED"), named("Starter").outProperties());
        assertEquals(Map.of(), named("Bridge").outProperties(), "another participant's element is left alone");
    }

    @Test
    void anAckWithoutOutPropertiesChangesNone() {
        named("Starter").bindTo(SIM);
        long revision = definition.revision();

        PrimeAckService.storeOutProperties(definition, SIM, ack(SIM, List.of()));

        assertEquals(Map.of(), named("Starter").outProperties());
        assertEquals(revision, definition.revision());
    }
}
