package dev.acmr.runtime.instance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A sub operation leaves the deploy state alone: its elements finish on their sub state, not on the deploy state. */
class InstanceProgressTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final AutomationCompositionInstance instance = new AutomationCompositionInstance(UUID.randomUUID(),
            new CompositionId(UUID.randomUUID()), new ToscaIdentifier("demo", "1.0.0"), null, List.of(
                    element(first), element(second)), NOW);

    @Test
    void aPrepareCompletesOnlyWhenEveryElementsSubStateIsNone() {
        InstanceStatus status = instance.status();
        instance.startOrder(InstanceOrder.PREPARE, OrderEffect.of(InstanceOrder.PREPARE, status),
                RetryScope.targets(InstanceOrder.PREPARE, status, instance.elements().statuses()), NOW, NOW);
        InstanceElement one = instance.element(first).orElseThrow();
        assertEquals(SubState.PREPARING, one.subState());
        assertFalse(instance.progress().hasFinished(one), "UNDEPLOYED already, but still PREPARING");

        instance.outcomes().elementStageReached(one, 1, "stage 0 Prepared", NOW);
        assertFalse(instance.progress().hasFinished(one));

        instance.outcomes().elementFinished(one, "Prepare completed", NOW);
        assertTrue(instance.progress().hasFinished(one));
        assertEquals(DeployState.UNDEPLOYED, one.deployState());
        assertFalse(instance.progress().hasFinished(instance.element(second).orElseThrow()));
    }

    private static NewInstanceElement element(UUID id) {
        return new NewInstanceElement(id, new ToscaIdentifier("a", "1.2.3"), new ParticipantId(UUID.randomUUID()), 0,
                null, Map.of());
    }
}
