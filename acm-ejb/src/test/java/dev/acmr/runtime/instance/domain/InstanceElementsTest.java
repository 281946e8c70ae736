package dev.acmr.runtime.instance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InstanceElementsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final ParticipantId SIM = new ParticipantId(UUID.fromString("101c62b3-8918-41b9-a747-d21eb79c6c90"));
    private static final ParticipantId OTHER = new ParticipantId(UUID.fromString("101c62b3-8918-41b9-a747-d21eb79c6c91"));
    private final UUID starter = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private final UUID bridge = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private final UUID sink = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private final AutomationCompositionInstance instance = new AutomationCompositionInstance(UUID.randomUUID(),
            new CompositionId(UUID.randomUUID()), new ToscaIdentifier("demo", "1.0.0"), null, List.of(
                    element(starter, "Starter", SIM, 0), element(bridge, "Bridge", SIM, 1),
                    element(sink, "Sink", OTHER, 2)), NOW);

    @Test
    void listsByDefinitionNameThenIdAndAnswersByIdAndParticipant() {
        InstanceElements elements = instance.elements();
        assertEquals(List.of(bridge, sink, starter), elements.stream().map(InstanceElement::id).toList());
        assertEquals(3, elements.size());
        assertEquals(starter, elements.find(starter).orElseThrow().id());
        assertTrue(elements.find(UUID.randomUUID()).isEmpty());
        assertEquals(List.of(bridge, starter), elements.runBy(SIM).stream().map(InstanceElement::id).toList());
        assertEquals(List.of(SIM, OTHER), List.copyOf(elements.participants()), "in element order");
        assertEquals(Map.of(bridge, 1, sink, 2, starter, 0), elements.startPhases());
        assertEquals(List.of(bridge, sink, starter), List.copyOf(elements.statuses().keySet()));
    }

    @Test
    void isReadOnly() {
        InstanceElements elements = instance.elements();
        assertThrows(UnsupportedOperationException.class, () -> elements.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> elements.add(elements.get(0)));
        assertEquals(3, instance.elements().size());
    }

    @Test
    void tellsWhichElementsReachedTheRunningOrdersTarget() {
        assertEquals(Set.of(bridge, sink, starter), instance.elements().finished(), "no order runs");
        InstanceStatus status = instance.status();
        instance.startOrder(InstanceOrder.DEPLOY, OrderEffect.of(InstanceOrder.DEPLOY, status),
                RetryScope.targets(InstanceOrder.DEPLOY, status, instance.elements().statuses()), NOW, NOW);
        assertEquals(Set.of(), instance.elements().finished());

        instance.outcomes().elementFinished(instance.element(sink).orElseThrow(), null, NOW);
        assertEquals(Set.of(sink), instance.elements().finished());
        assertTrue(instance.progress().hasFinished(instance.element(sink).orElseThrow()));
        assertEquals(InstanceOrder.DEPLOY, instance.progress().runningOrder().orElseThrow());
    }

    private static NewInstanceElement element(UUID id, String definition, ParticipantId participant, int phase) {
        return new NewInstanceElement(id, new ToscaIdentifier(definition, "1.0.0"), participant, phase, null, Map.of());
    }
}
