package dev.acmr.runtime.instance.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.ElementChange;
import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceOperation;
import dev.acmr.messages.InstanceOrder;
import dev.acmr.messages.InstanceSync;
import dev.acmr.messages.OperationResult;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.ElementTemplate;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.DeployState;
import dev.acmr.runtime.instance.domain.InstanceStatus;
import dev.acmr.runtime.instance.domain.MigrationRowsForTests;
import dev.acmr.runtime.instance.domain.MigrationState;
import dev.acmr.runtime.instance.domain.NewInstanceElement;
import dev.acmr.runtime.instance.domain.OrderEffect;
import dev.acmr.runtime.instance.domain.RetryScope;
import dev.acmr.runtime.participant.dispatch.Dispatch;
import dev.acmr.runtime.participant.dispatch.DispatchOutcome;
import dev.acmr.runtime.participant.dispatch.OpenDispatch;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The migration of ONAP's migrate-and-rollback system test (check 26) run through the dispatcher and the ack
 * service with in-memory stand-ins for the database and the broker: which participant gets which elements at each
 * stage, the deletion sync of a participant left with no element, the syncs between stages, and the completed
 * instance on the target composition.
 */
class MigrationRunTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String TYPE = "org.onap.policy.clamp.acm.SimAutomationCompositionElement";
    private static final ParticipantId SIM1 = new ParticipantId(UUID.randomUUID());
    private static final ParticipantId SIM2 = new ParticipantId(UUID.randomUUID());
    private static final ParticipantId SIM3 = new ParticipantId(UUID.randomUUID());
    private static final UUID STARTER = UUID.randomUUID();
    private static final UUID BRIDGE = UUID.randomUUID();
    private static final UUID SINK = UUID.randomUUID();
    private static final UUID SINK2 = UUID.randomUUID();
    private static final UUID NEW = UUID.randomUUID();
    private static final UUID NEW2 = UUID.randomUUID();

    private final CompositionDefinition from = composition("From", "1.2.3", Map.of("Starter", "[1,2]",
            "Bridge", "[0,1]", "Sink", "[0,2]", "Sink2", "[0,3]"));
    private final CompositionDefinition to = composition("To", "1.2.4", Map.of("Starter", "[1,2]",
            "Bridge", "[0,1]", "New", "[0,2]", "New2", "[1,2]"));
    private AutomationCompositionInstance instance = migrating();
    private final InstanceRunStandIns standIns = new InstanceRunStandIns(() -> instance, List.of(from, to));
    private final List<ParticipantMessage> sent = standIns.sent;
    private final List<DispatchOutcome> settledOrphans = standIns.settledOrphans;
    private final InstanceDispatcher dispatcher = standIns.dispatcher;
    private final InstanceAckService acks = standIns.acks;
    private final InstanceFailoverService failover = standIns.failover;

    @Test
    void theMigrationRunsStageByStageAndEndsOnTheTarget() {
        dispatcher.advance(instance, Map.of());
        assertEquals(Map.of(SIM1, Set.of(BRIDGE, NEW, SINK), SIM2, Set.of(SINK2)), ordersSent(0));

        ack(SIM1, SINK, ElementDeployState.DELETED, null);
        ack(SIM2, SINK2, ElementDeployState.DELETED, null);
        assertTrue(syncs().stream().anyMatch(sync -> sync.participantId().equals(SIM2.value()) && sync.deleted()),
                "sim-2 runs no element any more");
        ack(SIM1, BRIDGE, ElementDeployState.MIGRATING, 1);
        sent.clear();
        ack(SIM1, NEW, ElementDeployState.MIGRATING, 2);
        assertTrue(syncs().stream().map(InstanceSync::participantId).collect(Collectors.toSet())
                .containsAll(Set.of(SIM1.value(), SIM3.value())), "every replica is synced between stages");
        assertEquals(Map.of(SIM1, Set.of(STARTER, BRIDGE), SIM3, Set.of(NEW2)), ordersSent(1));

        ack(SIM1, STARTER, ElementDeployState.MIGRATING, 2);
        ack(SIM1, BRIDGE, ElementDeployState.DEPLOYED, null);
        sent.clear();
        ack(SIM3, NEW2, ElementDeployState.MIGRATING, 2);
        assertEquals(Map.of(SIM1, Set.of(STARTER, NEW), SIM3, Set.of(NEW2)), ordersSent(2));

        ack(SIM1, STARTER, ElementDeployState.DEPLOYED, null);
        ack(SIM1, NEW, ElementDeployState.MIGRATING, 2);
        assertEquals(DeployState.MIGRATING, instance.status().deployState(), "a repeated stage report is ignored");
        ack(SIM1, NEW, ElementDeployState.DEPLOYED, null);
        ack(SIM3, NEW2, ElementDeployState.DEPLOYED, null);

        assertEquals(DeployState.DEPLOYED, instance.status().deployState());
        assertEquals(to.id(), instance.compositionId());
        assertTrue(instance.compositionTargetId().isEmpty());
        assertEquals(Set.of(STARTER, BRIDGE, NEW, NEW2), instance.elements().startPhases().keySet());
        instance.elements().forEach(element -> assertEquals(MigrationState.DEFAULT, element.migrationState()));
    }

    @Test
    void aStageWhoseReplicaLeftGoesElsewhereWithTheElementsStillAtIt() {
        dispatcher.advance(instance, Map.of());
        ack(SIM1, SINK, ElementDeployState.DELETED, null);
        ack(SIM2, SINK2, ElementDeployState.DELETED, null);
        ack(SIM1, BRIDGE, ElementDeployState.MIGRATING, 1);
        ack(SIM1, NEW, ElementDeployState.MIGRATING, 2);
        ack(SIM1, STARTER, ElementDeployState.MIGRATING, 2);
        sent.clear();

        assertTrue(failover.failover(orphan(SIM1, 1)), "stage 1 of sim-1 is moved");
        assertEquals(Map.of(SIM1, Set.of(BRIDGE)), ordersSent(1), "Starter reported its stage already");
        assertEquals(List.of(DispatchOutcome.REDISPATCHED), settledOrphans);

        sent.clear();
        assertFalse(failover.failover(orphan(SIM1, 0)), "stage 0 is over");
        assertTrue(sent.isEmpty());
        assertEquals(DispatchOutcome.STALE, settledOrphans.get(1));
    }

    @Test
    void aReviewIsOneMessageAndEndsWhenEveryElementLeftItsSubState() {
        AutomationCompositionInstance reviewed = new AutomationCompositionInstance(UUID.randomUUID(), from.id(),
                new ToscaIdentifier("V", "1.0.0"), null, List.of(row(STARTER, "Starter", "1.2.3", SIM1),
                        row(SINK2, "Sink2", "1.2.3", SIM2)), NOW);
        instance = reviewed;
        start(reviewed, dev.acmr.runtime.instance.domain.InstanceOrder.DEPLOY);
        reviewed.elements().forEach(element -> reviewed.outcomes().elementFinished(element, null, NOW));
        reviewed.complete(NOW);
        start(reviewed, dev.acmr.runtime.instance.domain.InstanceOrder.REVIEW);

        dispatcher.advance(reviewed, Map.of());
        List<InstanceOrder> orders = sent.stream().filter(InstanceOrder.class::isInstance)
                .map(InstanceOrder.class::cast).toList();
        assertEquals(2, orders.size());
        orders.forEach(order -> {
            assertEquals(InstanceOperation.REVIEW, order.operation());
            assertEquals(1, order.elements().size());
            assertTrue(order.changes().isEmpty());
        });

        ack(SIM1, STARTER, ElementDeployState.DEPLOYED, null);
        assertEquals(dev.acmr.runtime.instance.domain.SubState.REVIEWING, reviewed.status().subState());
        ack(SIM2, SINK2, ElementDeployState.DEPLOYED, null);
        assertEquals(InstanceStatus.created().subState(), reviewed.status().subState());
        assertEquals(DeployState.DEPLOYED, reviewed.status().deployState());
    }

    @Test
    void aRevertRemovesTheNewElementsFirstAndRunsTheSourceStagesDownwards() {
        AutomationCompositionInstance reverting = reverting();
        instance = reverting;
        dispatcher.advance(reverting, Map.of());
        assertEquals(Map.of(SIM1, Set.of(NEW), SIM2, Set.of(SINK2), SIM3, Set.of(NEW2)),
                ordersSent(3, InstanceOperation.MIGRATION_REVERT));

        ack(SIM1, NEW, ElementDeployState.DELETED, null);
        ack(SIM3, NEW2, ElementDeployState.DELETED, null);
        assertTrue(syncs().stream().anyMatch(sync -> sync.participantId().equals(SIM3.value()) && sync.deleted()),
                "sim-3 runs no element any more");
        sent.clear();
        ack(SIM2, SINK2, ElementDeployState.MIGRATION_REVERTING, 0);
        assertEquals(Map.of(SIM1, Set.of(STARTER, SINK)), ordersSent(2, InstanceOperation.MIGRATION_REVERT));

        ack(SIM1, STARTER, ElementDeployState.MIGRATION_REVERTING, 1);
        sent.clear();
        ack(SIM1, SINK, ElementDeployState.MIGRATION_REVERTING, 0);
        assertEquals(Map.of(SIM1, Set.of(STARTER, BRIDGE)), ordersSent(1, InstanceOperation.MIGRATION_REVERT));

        ack(SIM1, STARTER, ElementDeployState.DEPLOYED, null);
        sent.clear();
        ack(SIM1, BRIDGE, ElementDeployState.MIGRATION_REVERTING, 0);
        assertEquals(Map.of(SIM1, Set.of(BRIDGE, SINK), SIM2, Set.of(SINK2)),
                ordersSent(0, InstanceOperation.MIGRATION_REVERT));

        ack(SIM1, BRIDGE, ElementDeployState.DEPLOYED, null);
        ack(SIM1, SINK, ElementDeployState.DEPLOYED, null);
        ack(SIM2, SINK2, ElementDeployState.DEPLOYED, null);

        assertEquals(DeployState.DEPLOYED, reverting.status().deployState());
        assertEquals(from.id(), reverting.compositionId());
        assertTrue(reverting.compositionTargetId().isEmpty());
        assertEquals(Set.of(STARTER, BRIDGE, SINK, SINK2), reverting.elements().startPhases().keySet());
        reverting.elements().forEach(element -> assertEquals(MigrationState.DEFAULT, element.migrationState()));
    }

    private Map<ParticipantId, Set<UUID>> ordersSent(int stage) {
        return ordersSent(stage, InstanceOperation.MIGRATE);
    }

    private Map<ParticipantId, Set<UUID>> ordersSent(int stage, InstanceOperation operation) {
        return sent.stream().filter(InstanceOrder.class::isInstance).map(InstanceOrder.class::cast)
                .filter(order -> order.startPhase() == stage)
                .peek(order -> assertEquals(operation, order.operation()))
                .collect(Collectors.toMap(order -> new ParticipantId(order.participantId()),
                        order -> order.changes().stream().map(ElementChange::elementId).collect(Collectors.toSet())));
    }

    private OpenDispatch orphan(ParticipantId participant, int stage) {
        return new OpenDispatch(settledOrphans.size() + 1L, new Dispatch(Dispatch.EntityKind.INSTANCE, instance.id(),
                "MIGRATE", stage, instance.orderRevision()), participant, new ReplicaId(participant.value()));
    }

    private List<InstanceSync> syncs() {
        return sent.stream().filter(InstanceSync.class::isInstance).map(InstanceSync.class::cast).toList();
    }

    private void ack(ParticipantId participant, UUID element, ElementDeployState state, Integer nextStage) {
        acks.onAck(new InstanceElementAck(UUID.randomUUID(), NOW, participant.value(), participant.value(),
                instance.id(), element, state, ElementLockState.LOCKED, OperationResult.NO_ERROR, "", null, null,
                null, instance.orderRevision(), nextStage, null, 0L));
    }

    // As the accepting side leaves it: rows migrated to the target's definitions, NEW ones added, REMOVED ones marked.
    private AutomationCompositionInstance migrating() {
        AutomationCompositionInstance migrating = new AutomationCompositionInstance(UUID.randomUUID(), from.id(),
                new ToscaIdentifier("M", "1.0.0"), null, List.of(
                        row(STARTER, "Starter", "1.2.4", SIM1), row(BRIDGE, "Bridge", "1.2.4", SIM1),
                        row(SINK, "Sink", "1.2.3", SIM1), row(SINK2, "Sink2", "1.2.3", SIM2),
                        row(NEW, "New", "1.2.4", SIM1), row(NEW2, "New2", "1.2.4", SIM3)), NOW);
        start(migrating, dev.acmr.runtime.instance.domain.InstanceOrder.DEPLOY);
        migrating.elements().forEach(element -> migrating.outcomes().elementFinished(element, null, NOW));
        migrating.complete(NOW);
        MigrationRowsForTests.markMigrationState(migrating.element(NEW).orElseThrow(), MigrationState.NEW);
        MigrationRowsForTests.markMigrationState(migrating.element(NEW2).orElseThrow(), MigrationState.NEW);
        MigrationRowsForTests.markMigrationState(migrating.element(SINK).orElseThrow(), MigrationState.REMOVED);
        MigrationRowsForTests.markMigrationState(migrating.element(SINK2).orElseThrow(), MigrationState.REMOVED);
        migrating.targetComposition(to.id());
        start(migrating, dev.acmr.runtime.instance.domain.InstanceOrder.MIGRATE);
        return migrating;
    }

    // As the accepting side leaves a rollback after a migration that failed at stage 0 on sim-1: rows back on the
    // source's definitions, the NEW ones kept NEW, the removed ones (Sink2 deleted by sim-2) to be added again.
    private AutomationCompositionInstance reverting() {
        AutomationCompositionInstance failed = new AutomationCompositionInstance(UUID.randomUUID(), from.id(),
                new ToscaIdentifier("R", "1.0.0"), null, List.of(
                        row(STARTER, "Starter", "1.2.3", SIM1), row(BRIDGE, "Bridge", "1.2.3", SIM1),
                        row(SINK, "Sink", "1.2.3", SIM1), row(SINK2, "Sink2", "1.2.3", SIM2),
                        row(NEW, "New", "1.2.4", SIM1), row(NEW2, "New2", "1.2.4", SIM3)), NOW);
        start(failed, dev.acmr.runtime.instance.domain.InstanceOrder.DEPLOY);
        failed.elements().forEach(element -> failed.outcomes().elementFinished(element, null, NOW));
        failed.complete(NOW);
        failed.targetComposition(to.id());
        start(failed, dev.acmr.runtime.instance.domain.InstanceOrder.MIGRATE);
        failed.outcomes().elementFailed(failed.element(STARTER).orElseThrow(), "Migrate failed!", NOW);
        MigrationRowsForTests.markMigrationState(failed.element(NEW).orElseThrow(), MigrationState.NEW);
        MigrationRowsForTests.markMigrationState(failed.element(NEW2).orElseThrow(), MigrationState.NEW);
        MigrationRowsForTests.markMigrationState(failed.element(SINK).orElseThrow(), MigrationState.REMOVED);
        MigrationRowsForTests.markMigrationState(failed.element(SINK2).orElseThrow(), MigrationState.REMOVED);
        start(failed, dev.acmr.runtime.instance.domain.InstanceOrder.ROLLBACK);
        return failed;
    }

    private static void start(AutomationCompositionInstance target, dev.acmr.runtime.instance.domain.InstanceOrder
            order) {
        InstanceStatus status = target.status();
        target.startOrder(order, OrderEffect.of(order, status),
                RetryScope.targets(order, status, target.elements().statuses()), NOW, NOW);
    }

    private static NewInstanceElement row(UUID id, String name, String version, ParticipantId participant) {
        return new NewInstanceElement(id, new ToscaIdentifier(name, version), participant, 0, null, Map.of());
    }

    private static CompositionDefinition composition(String name, String version, Map<String, String> stages) {
        List<ElementTemplate> templates = stages.entrySet().stream().map(entry -> new ElementTemplate(entry.getKey(),
                version, TYPE, "1.0.0", "{\"stage\":" + entry.getValue() + "}")).toList();
        return new CompositionDefinition(CompositionId.random(), new ToscaIdentifier(name, version), "{}", templates,
                NOW);
    }

}
