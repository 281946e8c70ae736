package dev.acmr.runtime.composition.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompositionDefinitionTest {

    private static final Instant T0 = Instant.parse("2026-11-24T20:00:00Z");
    private static final ToscaIdentifier TEMPLATE = new ToscaIdentifier("SimComposition", "1.0.0");
    private static final String TYPE = "org.onap.policy.clamp.acm.SimAutomationCompositionElement";
    private static final ParticipantId SIM = new ParticipantId(UUID.fromString("101c62b3-8918-41b9-a747-d21eb79c6c03"));
    private static final ParticipantId OTHER = new ParticipantId(UUID.fromString("201c62b3-8918-41b9-a747-d21eb79c6c03"));

    private final CompositionDefinition definition = new CompositionDefinition(CompositionId.random(), TEMPLATE,
            "{\"name\":\"SimComposition\"}", List.of(element("Starter", "1.2.3"), element("Bridge", "1.2.3")), T0);

    @Test
    void startsCommissionedWithoutErrorAtRevisionOne() {
        assertTrue(definition.isCommissioned());
        assertEquals(StateChangeResult.NO_ERROR, definition.stateChangeResult());
        assertEquals(1, definition.revision());
        assertEquals(T0, definition.lastMsg());
        assertEquals(Optional.empty(), definition.operationDeadline());
        assertEquals(Map.of("name", "SimComposition"), definition.serviceTemplate());
    }

    @Test
    void listsElementsByNameCommissionedAndUnbound() {
        assertEquals(List.of(new ToscaIdentifier("Bridge", "1.2.3"), new ToscaIdentifier("Starter", "1.2.3")),
                definition.elementDefinitions());
        CompositionElement bridge = definition.elements().get(0);
        assertEquals(AcTypeState.COMMISSIONED, bridge.state());
        assertEquals(Optional.empty(), bridge.participant());
        assertEquals(Map.of("startPhase", 1L), bridge.properties());
        assertEquals(Map.of(), bridge.outProperties());
    }

    @Test
    void aNewTemplateKeepsElementRowsByNameDropsAndAddsTheRest() {
        UUID bridgeRow = definition.elements().get(0).nodeTemplateStateId();

        definition.replaceTemplate(new ToscaIdentifier("SimComposition", "1.0.1"), "{}",
                List.of(element("Bridge", "2.0.0"), element("Sink", "1.0.0")), T0.plusSeconds(5));

        assertEquals(List.of(new ToscaIdentifier("Bridge", "2.0.0"), new ToscaIdentifier("Sink", "1.0.0")),
                definition.elementDefinitions());
        assertEquals(bridgeRow, definition.elements().get(0).nodeTemplateStateId());
        assertEquals(new ToscaIdentifier("SimComposition", "1.0.1"), definition.template());
        assertEquals(2, definition.revision());
        assertEquals(T0.plusSeconds(5), definition.lastMsg());
    }

    @Test
    void onlyACommissionedDefinitionTakesANewTemplate() {
        definition.startOrder(PrimeOrder.PRIME, T0, T0.plusSeconds(20));

        assertFalse(definition.isCommissioned());
        assertThrows(IllegalStateException.class, () -> definition.replaceTemplate(TEMPLATE, "{}", List.of(), T0));
    }

    @Test
    void aPrimeCompletesWhenEveryParticipantSucceeded() {
        bind("Bridge", SIM);
        bind("Starter", OTHER);
        definition.startOrder(PrimeOrder.PRIME, T0, T0.plusSeconds(20));

        assertFalse(definition.applyAck(SIM, PrimeOrder.PRIME, true, null, T0.plusSeconds(1)));
        assertTrue(definition.applyAck(OTHER, PrimeOrder.PRIME, true, null, T0.plusSeconds(2)));

        assertEquals(AcTypeState.PRIMED, definition.state());
        assertEquals(StateChangeResult.NO_ERROR, definition.stateChangeResult());
        assertEquals(Optional.empty(), definition.operationDeadline());
        assertEquals(Set.of(SIM, OTHER), definition.participants());
        assertFalse(definition.applyAck(OTHER, PrimeOrder.PRIME, true, null, T0.plusSeconds(3)), "a duplicate");
    }

    @Test
    void eachOrderStartsAtANewRevisionThatAcksMustName() {
        bind("Bridge", SIM);
        bind("Starter", SIM);
        definition.startOrder(PrimeOrder.PRIME, T0, T0.plusSeconds(20));
        long first = definition.orderRevision();
        assertEquals(definition.revision(), first, "the prime message carries the order's revision");
        definition.applyAck(SIM, PrimeOrder.PRIME, false, "broken", T0.plusSeconds(1));
        definition.startOrder(PrimeOrder.PRIME, T0.plusSeconds(2), T0.plusSeconds(22));
        assertTrue(definition.orderRevision() > first, "a retry is a new order");
    }

    @Test
    void aFailureIsStickyUntilTheNextOrder() {
        bind("Bridge", SIM);
        bind("Starter", OTHER);
        definition.startOrder(PrimeOrder.PRIME, T0, T0.plusSeconds(20));

        definition.applyAck(SIM, PrimeOrder.PRIME, false, "no", T0.plusSeconds(1));
        assertFalse(definition.applyAck(OTHER, PrimeOrder.PRIME, true, null, T0.plusSeconds(2)));

        assertEquals(AcTypeState.PRIMING, definition.state());
        assertEquals(StateChangeResult.FAILED, definition.stateChangeResult());
        assertEquals(Optional.of("no"), definition.elementsOf(SIM).get(0).message());
    }

    @Test
    void outPropertiesAreReplacedOnlyForTheParticipantsOwnElement() {
        bind("Bridge", SIM);
        long revision = definition.revision();

        assertTrue(definition.replaceOutProperties(SIM, "Bridge", "1.2.3", Map.of("state", "ok")));
        assertFalse(definition.replaceOutProperties(OTHER, "Bridge", "1.2.3", Map.of("state", "ko")));

        assertEquals(Map.of("state", "ok"), definition.elementsOf(SIM).get(0).outProperties());
        assertNotEquals(revision, definition.revision());
    }

    private void bind(String element, ParticipantId participant) {
        definition.elements().stream().filter(row -> row.elementName().equals(element)).findFirst().orElseThrow()
                .bindTo(participant);
    }

    private static ElementTemplate element(String name, String version) {
        return new ElementTemplate(name, version, TYPE, "1.0.0",
                name.equals("Bridge") ? "{\"startPhase\":1}" : "{\"startPhase\":0}");
    }
}
