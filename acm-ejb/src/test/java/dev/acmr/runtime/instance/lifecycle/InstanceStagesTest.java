package dev.acmr.runtime.instance.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.ElementTemplate;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.Direction;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.domain.InstanceStatus;
import dev.acmr.runtime.instance.domain.MigrationRowsForTests;
import dev.acmr.runtime.instance.domain.MigrationState;
import dev.acmr.runtime.instance.domain.NewInstanceElement;
import dev.acmr.runtime.instance.domain.OrderEffect;
import dev.acmr.runtime.instance.domain.RetryScope;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each element's stage read from the definition the row belongs to, as ONAP's ac-definition-migration templates. */
class InstanceStagesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String TYPE = "org.onap.policy.clamp.acm.SimAutomationCompositionElement";
    private static final ParticipantId SIM = new ParticipantId(UUID.randomUUID());
    private static final ToscaIdentifier STARTER = new ToscaIdentifier("Starter", "1.2.3");
    private static final ToscaIdentifier SINK = new ToscaIdentifier("Sink", "1.2.3");

    private final CompositionDefinition from = new CompositionDefinition(CompositionId.random(),
            new ToscaIdentifier("From", "1.2.3"), "{}", List.of(
                    new ElementTemplate("Starter", "1.2.3", TYPE, "1.0.0",
                            "{\"stage\":{\"prepare\":[1,2],\"migrate\":[1,2]}}"),
                    new ElementTemplate("Sink", "1.2.3", TYPE, "1.0.0", "{\"stage\":[0,2]}")), NOW);
    private final ElementDefinitions definitions = new ElementDefinitions(Optional.of(from), Optional.empty());
    private final UUID starter = UUID.randomUUID();
    private final UUID sink = UUID.randomUUID();
    private final AutomationCompositionInstance instance = new AutomationCompositionInstance(UUID.randomUUID(),
            from.id(), new ToscaIdentifier("M", "1.0.0"), null, List.of(
                    new NewInstanceElement(starter, STARTER, SIM, 0, null, Map.of()),
                    new NewInstanceElement(sink, SINK, SIM, 0, null, Map.of())), NOW);

    @Test
    void aPrepareReadsThePrepareStagesAndAPlainListHasOnlyStageZeroForIt() {
        start(InstanceOrder.PREPARE);
        assertEquals(Map.of(starter, 1, sink, 0),
                InstanceStages.current(instance, definitions, InstanceOrder.PREPARE, Direction.ASCENDING));
    }

    @Test
    void aMigrationStartsAnElementItRemovesAtStageZero() {
        start(InstanceOrder.DEPLOY);
        instance.elements().forEach(element -> instance.outcomes().elementFinished(element, null, NOW));
        instance.complete(NOW);
        MigrationRowsForTests.markMigrationState(instance.element(starter).orElseThrow(), MigrationState.REMOVED);
        start(InstanceOrder.MIGRATE);
        assertEquals(Map.of(starter, 0, sink, 0),
                InstanceStages.current(instance, definitions, InstanceOrder.MIGRATE, Direction.ASCENDING));
    }

    private void start(InstanceOrder order) {
        InstanceStatus status = instance.status();
        instance.startOrder(order, OrderEffect.of(order, status),
                RetryScope.targets(order, status, instance.elements().statuses()), NOW, NOW);
    }
}
