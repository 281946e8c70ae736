package dev.acmr.runtime.instance.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.InstanceOperation;
import dev.acmr.messages.InstanceOrder;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.ElementTemplate;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.InstanceStatus;
import dev.acmr.runtime.instance.domain.NewInstanceElement;
import dev.acmr.runtime.instance.domain.OrderEffect;
import dev.acmr.runtime.instance.domain.RetryScope;
import dev.acmr.runtime.instance.domain.RollbackSnapshot;
import dev.acmr.runtime.instance.domain.SnapshotElement;
import dev.acmr.runtime.instance.domain.SnapshotPurpose;
import dev.acmr.runtime.participant.dispatch.Dispatch;
import dev.acmr.runtime.participant.dispatch.OpenDispatch;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An update and its revert send the properties the elements had before as the previous ones, read from the rollback
 * snapshot, so that a failover sends them too (before, a moved update carried none).
 */
class UpdateRunTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final ParticipantId SIM = new ParticipantId(UUID.randomUUID());
    private static final ToscaIdentifier STARTER = new ToscaIdentifier("Starter", "1.2.3");
    private static final UUID ELEMENT = UUID.randomUUID();

    private final CompositionDefinition composition = new CompositionDefinition(CompositionId.random(),
            new ToscaIdentifier("From", "1.2.3"), "{}", List.of(new ElementTemplate("Starter", "1.2.3",
                    "org.onap.policy.clamp.acm.SimAutomationCompositionElement", "1.0.0", "{}")), NOW);
    private final AutomationCompositionInstance instance = new AutomationCompositionInstance(UUID.randomUUID(),
            composition.id(), new ToscaIdentifier("M", "1.0.0"), null, List.of(new NewInstanceElement(ELEMENT,
                    STARTER, SIM, 0, null, Map.of("text", "MyTextInit"))), NOW);
    private final InstanceRunStandIns standIns = new InstanceRunStandIns(() -> instance, List.of(composition));

    @Test
    void aMovedUpdateStillCarriesThePreviousProperties() {
        deploy();
        standIns.snapshot = snapshot(SnapshotPurpose.UPDATE, "MyTextInit");
        instance.replaceProperties(Map.of(ELEMENT, Map.of("text", "MyTextUpdated")), Map.of(), NOW);
        start(dev.acmr.runtime.instance.domain.InstanceOrder.UPDATE);
        standIns.dispatcher.advance(instance, Map.of());
        standIns.sent.clear();

        assertTrue(standIns.failover.failover(new OpenDispatch(1, new Dispatch(Dispatch.EntityKind.INSTANCE,
                instance.id(), "UPDATE", 0, instance.orderRevision()), SIM, new ReplicaId(UUID.randomUUID()))));

        InstanceOrder moved = onlyOrder();
        assertEquals(InstanceOperation.UPDATE, moved.operation());
        assertEquals(Map.of("text", "MyTextUpdated"), moved.elements().get(0).properties());
        assertEquals(Map.of("text", "MyTextInit"), moved.elements().get(0).previousProperties());
    }

    @Test
    void anUpdateRevertSendsTheFailedPropertiesAsThePreviousOnes() {
        deploy();
        instance.replaceProperties(Map.of(ELEMENT, Map.of("text", "MyTextUpdated")), Map.of(), NOW);
        start(dev.acmr.runtime.instance.domain.InstanceOrder.UPDATE);
        instance.outcomes().elementFailed(instance.element(ELEMENT).orElseThrow(), "Update failed", NOW);
        standIns.snapshot = snapshot(SnapshotPurpose.ROLLBACK, "MyTextUpdated");
        instance.replaceProperties(Map.of(ELEMENT, Map.of("text", "MyTextInit")), Map.of(), NOW);
        start(dev.acmr.runtime.instance.domain.InstanceOrder.ROLLBACK);
        standIns.sent.clear();

        standIns.dispatcher.advance(instance, Map.of());

        InstanceOrder revert = onlyOrder();
        assertEquals(InstanceOperation.UPDATE_REVERT, revert.operation());
        assertEquals(Map.of("text", "MyTextInit"), revert.elements().get(0).properties());
        assertEquals(Map.of("text", "MyTextUpdated"), revert.elements().get(0).previousProperties());
    }

    private InstanceOrder onlyOrder() {
        List<InstanceOrder> orders = standIns.sent.stream().filter(InstanceOrder.class::isInstance)
                .map(InstanceOrder.class::cast).toList();
        assertEquals(1, orders.size());
        return orders.get(0);
    }

    private RollbackSnapshot snapshot(SnapshotPurpose purpose, String text) {
        return new RollbackSnapshot(instance.id(), composition.id(), purpose, List.of(new SnapshotElement(ELEMENT,
                STARTER, SIM, 0, null, Map.of("text", text), Map.of(), null)), NOW);
    }

    private void deploy() {
        start(dev.acmr.runtime.instance.domain.InstanceOrder.DEPLOY);
        instance.elements().forEach(element -> instance.outcomes().elementFinished(element, null, NOW));
        instance.complete(NOW);
    }

    private void start(dev.acmr.runtime.instance.domain.InstanceOrder order) {
        InstanceStatus status = instance.status();
        instance.startOrder(order, OrderEffect.of(order, status),
                RetryScope.targets(order, status, instance.elements().statuses()), NOW, NOW);
    }
}
