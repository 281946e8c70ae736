package dev.acmr.runtime.instance.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceElementAcks;
import dev.acmr.messages.InstanceOrder;
import dev.acmr.messages.InstanceSync;
import dev.acmr.messages.OperationResult;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.ElementTemplate;
import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.DeployState;
import dev.acmr.runtime.instance.domain.InstanceStatus;
import dev.acmr.runtime.instance.domain.NewInstanceElement;
import dev.acmr.runtime.instance.domain.OrderEffect;
import dev.acmr.runtime.instance.domain.RetryScope;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The acks of one dispatch in one message: each applied as if alone, the order moved on once and every replica
 * synced at most once for them.
 */
class BatchedAckRunTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final ParticipantId SIM = new ParticipantId(UUID.randomUUID());
    private static final ToscaIdentifier STARTER = new ToscaIdentifier("Starter", "1.2.3");
    private static final UUID E1 = UUID.randomUUID();
    private static final UUID E2 = UUID.randomUUID();
    private static final UUID E3 = UUID.randomUUID();

    private final CompositionDefinition composition = new CompositionDefinition(CompositionId.random(),
            new ToscaIdentifier("From", "1.2.3"), "{}", List.of(new ElementTemplate("Starter", "1.2.3",
                    "org.onap.policy.clamp.acm.SimAutomationCompositionElement", "1.0.0", "{}")), NOW);
    private AutomationCompositionInstance instance;
    private final InstanceRunStandIns standIns = new InstanceRunStandIns(() -> instance, List.of(composition));

    @Test
    void aWholeDispatchCompletesTheOrderWithOneSync() {
        deploying(0, 0, 0);

        standIns.acks.onAcks(batch(ack(E1, OperationResult.NO_ERROR, 1), ack(E2, OperationResult.NO_ERROR, 2),
                ack(E3, OperationResult.NO_ERROR, 3)));

        assertEquals(DeployState.DEPLOYED, instance.status().deployState());
        assertEquals(1, count(InstanceSync.class), "the completion's sync, once");
        assertEquals(0, count(InstanceOrder.class));
    }

    @Test
    void theNextPhaseIsSentOnceWhenTheBatchFinishesThePhase() {
        deploying(0, 0, 1);

        standIns.acks.onAcks(batch(ack(E1, OperationResult.NO_ERROR, 1), ack(E2, OperationResult.NO_ERROR, 2)));

        List<InstanceOrder> orders = standIns.sent.stream().filter(InstanceOrder.class::isInstance)
                .map(InstanceOrder.class::cast).toList();
        assertEquals(1, orders.size());
        assertEquals(1, orders.get(0).startPhase());
        assertEquals(List.of(E3), orders.get(0).elements().stream().map(element -> element.elementId()).toList());
        assertTrue(instance.status().isTransitional());
    }

    @Test
    void failuresInABatchSyncOnceAndStopTheOrder() {
        deploying(0, 0, 0);

        standIns.acks.onAcks(batch(ack(E1, OperationResult.NO_ERROR, 1), ack(E2, OperationResult.FAILED, 2),
                ack(E3, OperationResult.FAILED, 3)));

        assertEquals(StateChangeResult.FAILED, instance.status().stateChangeResult());
        assertEquals(DeployState.DEPLOYING, instance.status().deployState(), "FAILED waits for the user");
        assertEquals(1, count(InstanceSync.class), "one sync for the batch, not one per failed element");
        assertEquals(0, count(InstanceOrder.class));
    }

    @Test
    void theSameAcksAloneEndWhereTheBatchEnds() {
        deploying(0, 0, 0);
        standIns.acks.onAck(ack(E1, OperationResult.NO_ERROR, 1));
        standIns.acks.onAck(ack(E2, OperationResult.FAILED, 2));
        standIns.acks.onAck(ack(E3, OperationResult.FAILED, 3));
        InstanceStatus alone = instance.status();
        assertEquals(2, count(InstanceSync.class), "alone, each failure syncs");

        deploying(0, 0, 0);
        standIns.acks.onAcks(batch(ack(E1, OperationResult.NO_ERROR, 1), ack(E2, OperationResult.FAILED, 2),
                ack(E3, OperationResult.FAILED, 3)));

        assertEquals(alone, instance.status());
        assertEquals(1, instance.elements().finished().size());
        assertEquals(1, count(InstanceSync.class), "batched, one sync");
    }

    @Test
    void anAckNamingAnotherInstanceIsLeftOutOfTheBatch() {
        deploying(0, 0, 0);
        InstanceElementAck stray = new InstanceElementAck(UUID.randomUUID(), NOW, SIM.value(), SIM.value(),
                UUID.randomUUID(), E3, ElementDeployState.DEPLOYED, null, OperationResult.NO_ERROR, "", null, null,
                null, 0, null, null, 3);

        standIns.acks.onAcks(batch(ack(E1, OperationResult.NO_ERROR, 1), ack(E2, OperationResult.NO_ERROR, 2),
                stray));

        assertEquals(DeployState.DEPLOYING, instance.status().deployState(), "E3 has not finished");
        assertEquals(2, instance.elements().finished().size());
    }

    @Test
    void aDuplicateInTheBatchChangesNothingMore() {
        deploying(0, 0, 0);

        standIns.acks.onAcks(batch(ack(E1, OperationResult.NO_ERROR, 1), ack(E1, OperationResult.NO_ERROR, 2)));

        assertEquals(1, instance.elements().finished().size());
        assertEquals(0, count(InstanceSync.class) + count(InstanceOrder.class), "nothing to send yet");
    }

    /** A new instance of E1..E3 at these start phases, its DEPLOY started and its first phase sent. */
    private void deploying(int phase1, int phase2, int phase3) {
        instance = new AutomationCompositionInstance(UUID.randomUUID(), composition.id(),
                new ToscaIdentifier("M", "1.0.0"), null, List.of(
                        new NewInstanceElement(E1, STARTER, SIM, phase1, null, Map.of()),
                        new NewInstanceElement(E2, STARTER, SIM, phase2, null, Map.of()),
                        new NewInstanceElement(E3, STARTER, SIM, phase3, null, Map.of())), NOW);
        dev.acmr.runtime.instance.domain.InstanceOrder deploy = dev.acmr.runtime.instance.domain.InstanceOrder.DEPLOY;
        InstanceStatus status = instance.status();
        instance.startOrder(deploy, OrderEffect.of(deploy, status),
                RetryScope.targets(deploy, status, instance.elements().statuses()), NOW, NOW);
        standIns.dispatcher.advance(instance, Map.of());
        standIns.sent.clear();
    }

    private InstanceElementAcks batch(InstanceElementAck... acks) {
        return new InstanceElementAcks(UUID.randomUUID(), NOW, SIM.value(), SIM.value(), instance.id(),
                List.of(acks));
    }

    private InstanceElementAck ack(UUID element, OperationResult result, long sequence) {
        ElementDeployState state = result == OperationResult.NO_ERROR ? ElementDeployState.DEPLOYED
                : ElementDeployState.UNDEPLOYED;
        return new InstanceElementAck(UUID.randomUUID(), NOW, SIM.value(), SIM.value(), instance.id(), element,
                state, null, result, "", null, null, null, instance.orderRevision(), null, null, sequence);
    }

    private long count(Class<?> type) {
        return standIns.sent.stream().filter(type::isInstance).count();
    }
}
