package dev.acmr.runtime.instance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AutomationCompositionInstanceTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final ParticipantId PARTICIPANT = new ParticipantId(UUID.randomUUID());
    private final UUID zero = UUID.randomUUID();
    private final UUID one = UUID.randomUUID();
    private final AutomationCompositionInstance instance = new AutomationCompositionInstance(UUID.randomUUID(),
            new CompositionId(UUID.randomUUID()), new ToscaIdentifier("demo", "1.0.0"), "d",
            List.of(element(zero, "a", 0), element(one, "b", 1)), NOW);

    @Test
    void aNewInstanceIsUndeployed() {
        assertEquals(InstanceStatus.created(), instance.status());
        assertEquals(Map.of(zero, 0, one, 1), instance.elements().startPhases());
        assertEquals(1, instance.revision());
    }

    @Test
    void aDeployCompletesOnceEveryElementFinished() {
        start(InstanceOrder.DEPLOY);
        assertEquals(DeployState.DEPLOYING, instance.element(zero).orElseThrow().deployState());
        assertEquals(instance.revision(), instance.orderRevision());
        assertEquals(Set.of(), instance.elements().finished());

        instance.outcomes().elementFinished(instance.element(zero).orElseThrow(), null, NOW);
        assertEquals(Set.of(zero), instance.elements().finished());
        instance.outcomes().elementFinished(instance.element(one).orElseThrow(), null, NOW);
        assertEquals(Set.of(zero, one), instance.elements().finished());

        instance.complete(NOW);
        assertEquals(new InstanceStatus(DeployState.DEPLOYED, LockState.LOCKED, SubState.NONE,
                StateChangeResult.NO_ERROR), instance.status());
        assertEquals(LockState.LOCKED, instance.element(one).orElseThrow().lockState());
        assertTrue(instance.progress().runningOrder().isEmpty());
        assertTrue(instance.operationDeadline().isEmpty());
    }

    @Test
    void aFailureStopsTheOrderAndARetryTargetsOnlyTheUnfinished() {
        start(InstanceOrder.DEPLOY);
        instance.outcomes().elementFinished(instance.element(zero).orElseThrow(), null, NOW);
        instance.outcomes().elementFailed(instance.element(one).orElseThrow(), "boom", NOW);
        assertEquals(StateChangeResult.FAILED, instance.status().stateChangeResult());
        assertEquals("boom", instance.element(one).orElseThrow().message().orElseThrow());
        assertTrue(instance.operationDeadline().isEmpty());

        assertEquals(Set.of(one), RetryScope.targets(InstanceOrder.DEPLOY, instance.status(),
                instance.elements().statuses()));
        assertEquals(Set.of(zero, one), RetryScope.targets(InstanceOrder.UNDEPLOY, instance.status(),
                instance.elements().statuses()), "an UNDEPLOY after the failed DEPLOY reaches every element");
    }

    @Test
    void aLockOrderLooksAtTheLockState() {
        start(InstanceOrder.DEPLOY);
        instance.elements().forEach(element -> instance.outcomes().elementFinished(element, null, NOW));
        instance.complete(NOW);
        start(InstanceOrder.UNLOCK);
        assertEquals(LockState.UNLOCKING, instance.element(zero).orElseThrow().lockState());
        assertFalse(instance.progress().hasFinished(instance.element(zero).orElseThrow()));
        instance.outcomes().elementFinished(instance.element(zero).orElseThrow(), null, NOW);
        assertEquals(LockState.UNLOCKED, instance.element(zero).orElseThrow().lockState());
        assertEquals(DeployState.DEPLOYED, instance.element(zero).orElseThrow().deployState());
    }

    @Test
    void aCompletedDeleteIsDeleted() {
        start(InstanceOrder.DELETE);
        instance.elements().forEach(element -> instance.outcomes().elementFinished(element, null, NOW));
        instance.complete(NOW);
        assertTrue(instance.isDeleted());
    }

    @Test
    void replacingPropertiesReturnsThePreviousOnes() {
        Map<UUID, Map<String, Object>> previous = instance.replaceProperties(Map.of(zero, Map.of("baseUrl", "v2")),
                Map.of(), NOW);
        assertEquals(Map.of("baseUrl", "v1"), previous.get(zero));
        assertEquals(Map.of("baseUrl", "v2"), instance.element(zero).orElseThrow().properties());
    }

    @Test
    void anUndeployedInstanceIsRedefinedWithNewNameElementsAndProperties() {
        UUID added = UUID.randomUUID();
        long revision = instance.revision();
        java.util.UUID revisionId = instance.revisionId();

        instance.redefine(new ToscaIdentifier("renamed", "2.0.0"), "new", List.of(
                new NewInstanceElement(zero, new ToscaIdentifier("a", "1.2.3"), PARTICIPANT, 0, "kept",
                        Map.of("baseUrl", "v2")),
                new NewInstanceElement(added, new ToscaIdentifier("b", "1.2.3"), PARTICIPANT, 1, null, Map.of())),
                NOW);

        assertEquals(new ToscaIdentifier("renamed", "2.0.0"), instance.nameAndVersion());
        assertEquals("new", instance.description().orElseThrow());
        assertEquals(Set.of(zero, added), instance.elements().startPhases().keySet(),
                "one kept, one removed, one added");
        assertEquals(Map.of("baseUrl", "v2"), instance.element(zero).orElseThrow().properties(), "replaced");
        assertEquals("kept", instance.element(zero).orElseThrow().description().orElseThrow());
        assertEquals(revision + 1, instance.revision());
        assertFalse(revisionId.equals(instance.revisionId()), "a new revisionId, as ONAP gives on every change");
    }

    @Test
    void onlyAnUndeployedInstanceIsRedefinedAndAKeptElementKeepsItsDefinition() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> instance.redefine(
                instance.nameAndVersion(), null, List.of(new NewInstanceElement(zero, new ToscaIdentifier("b", "1.2.3"),
                        PARTICIPANT, 0, null, Map.of())), NOW));
        start(InstanceOrder.DEPLOY);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> instance.redefine(
                instance.nameAndVersion(), null, List.of(element(zero, "a", 0)), NOW));
    }

    @Test
    void newElementsStartWithOnapsMigrationDefaults() {
        InstanceElement element = instance.element(zero).orElseThrow();
        assertEquals(MigrationState.DEFAULT, element.migrationState());
        assertTrue(element.stage().isEmpty());
        assertTrue(instance.compositionTargetId().isEmpty());
    }

    @Test
    void aCompletedMigrationMovesToTheTargetAndEndsTheMarks() {
        deployed();
        CompositionId target = new CompositionId(UUID.randomUUID());
        instance.targetComposition(target);
        MigrationRowsForTests.markMigrationState(instance.element(one).orElseThrow(), MigrationState.NEW);
        start(InstanceOrder.MIGRATE);
        assertEquals(DeployState.MIGRATING, instance.status().deployState());

        InstanceElement first = instance.element(zero).orElseThrow();
        long revision = instance.revision();
        instance.outcomes().elementStageReached(first, 1, "stage 0 Migrated", NOW);
        assertEquals(1, first.stage().orElseThrow());
        assertFalse(instance.progress().hasFinished(first), "a stage report keeps the element in the order");
        assertEquals(revision + 1, instance.revision(), "replicas are synced between stages");

        instance.elements().forEach(element -> instance.outcomes().elementFinished(element, "Migrated", NOW));
        instance.complete(NOW);

        assertEquals(target, instance.compositionId());
        assertTrue(instance.compositionTargetId().isEmpty());
        assertEquals(DeployState.DEPLOYED, instance.status().deployState());
        instance.elements().forEach(element -> {
            assertEquals(MigrationState.DEFAULT, element.migrationState());
            assertTrue(element.stage().isEmpty());
        });
    }

    @Test
    void aCompletedMigrationRevertKeepsTheSourceComposition() {
        deployed();
        CompositionId source = instance.compositionId();
        instance.targetComposition(new CompositionId(UUID.randomUUID()));
        start(InstanceOrder.MIGRATE);
        instance.outcomes().elementFailed(instance.element(zero).orElseThrow(), "Migrate failed!", NOW);
        MigrationRowsForTests.markMigrationState(instance.element(one).orElseThrow(), MigrationState.REMOVED);
        start(InstanceOrder.ROLLBACK);
        assertEquals(DeployState.MIGRATION_REVERTING, instance.status().deployState());
        assertTrue(instance.element(zero).orElseThrow().message().isEmpty());

        instance.elements().forEach(
                element -> instance.outcomes().elementFinished(element, "Migration rollback done", NOW));
        instance.complete(NOW);

        assertEquals(source, instance.compositionId());
        assertTrue(instance.compositionTargetId().isEmpty());
        assertEquals(MigrationState.DEFAULT, instance.element(one).orElseThrow().migrationState());
    }

    @Test
    void anElementDeletedInAMigrationLosesItsRow() {
        deployed();
        instance.targetComposition(new CompositionId(UUID.randomUUID()));
        MigrationRowsForTests.markMigrationState(instance.element(one).orElseThrow(), MigrationState.REMOVED);
        start(InstanceOrder.MIGRATE);
        instance.outcomes().elementDeletedInMigration(instance.element(one).orElseThrow(), NOW);
        assertTrue(instance.element(one).isEmpty());
        assertEquals(1, instance.elements().size());
    }

    @Test
    void aSubOperationFinishesEachElementOnItsSubState() {
        deployed();
        start(InstanceOrder.REVIEW);
        InstanceElement first = instance.element(zero).orElseThrow();
        assertEquals(SubState.REVIEWING, first.subState());
        assertEquals(DeployState.DEPLOYED, first.deployState());
        assertEquals(Set.of(), instance.elements().finished(),
                "elements already DEPLOYED have not finished a REVIEW");

        instance.outcomes().elementFinished(first, "Review completed", NOW);
        assertEquals(SubState.NONE, first.subState());
        assertEquals(Set.of(zero), instance.elements().finished());
    }

    private void deployed() {
        start(InstanceOrder.DEPLOY);
        instance.elements().forEach(element -> instance.outcomes().elementFinished(element, null, NOW));
        instance.complete(NOW);
    }

    private void start(InstanceOrder order) {
        InstanceStatus status = instance.status();
        OrderEffect effect = OrderEffect.of(order, status);
        instance.startOrder(order, effect,
                RetryScope.targets(order, status, instance.elements().statuses()), NOW, NOW);
    }

    private static NewInstanceElement element(UUID id, String definition, int phase) {
        return new NewInstanceElement(id, new ToscaIdentifier(definition, "1.2.3"), PARTICIPANT, phase, null,
                Map.of("baseUrl", "v1"));
    }
}
