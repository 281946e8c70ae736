package dev.acmr.runtime.instance.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.ElementChange;
import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.ElementMigrationState;
import dev.acmr.messages.InstanceOperation;
import dev.acmr.messages.InstanceSubState;
import dev.acmr.messages.InstanceSync;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.ElementTemplate;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.DeployState;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.domain.InstanceStatus;
import dev.acmr.runtime.instance.domain.LockState;
import dev.acmr.runtime.instance.domain.MigrationRowsForTests;
import dev.acmr.runtime.instance.domain.MigrationState;
import dev.acmr.runtime.instance.domain.NewInstanceElement;
import dev.acmr.runtime.instance.domain.OrderEffect;
import dev.acmr.runtime.instance.domain.RetryScope;
import dev.acmr.runtime.instance.domain.SnapshotElement;
import dev.acmr.runtime.instance.domain.SubState;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InstanceMessagesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String TYPE = "org.onap.policy.clamp.acm.SimAutomationCompositionElement";
    private static final ParticipantId SIM = new ParticipantId(UUID.randomUUID());
    private static final ToscaIdentifier STARTER_FROM = new ToscaIdentifier("Starter", "1.2.3");
    private static final ToscaIdentifier STARTER_TO = new ToscaIdentifier("Starter", "1.2.4");
    private static final ToscaIdentifier SINK = new ToscaIdentifier("Sink", "1.2.3");
    private static final ToscaIdentifier NEW = new ToscaIdentifier("New", "1.2.4");

    private final CompositionDefinition from = new CompositionDefinition(CompositionId.random(),
            new ToscaIdentifier("From", "1.2.3"), "{}", List.of(
                    template(STARTER_FROM, "{\"stage\":[1,2],\"side\":\"from\"}"),
                    template(SINK, "{\"stage\":[0,2]}")), NOW);
    private final CompositionDefinition to = new CompositionDefinition(CompositionId.random(),
            new ToscaIdentifier("To", "1.2.4"), "{}", List.of(
                    template(STARTER_TO, "{\"stage\":[1,2],\"side\":\"to\"}"),
                    template(NEW, "{\"stage\":[0,2]}")), NOW);
    private final ElementDefinitions definitions = new ElementDefinitions(Optional.of(from), Optional.of(to));
    private final UUID starter = UUID.randomUUID();
    private final UUID added = UUID.randomUUID();
    private final UUID removed = UUID.randomUUID();

    @Test
    void everyDeployStateCrossesTheWireBothWays() {
        for (DeployState state : DeployState.values()) {
            assertEquals(state, InstanceMessages.domain(InstanceMessages.wire(state)));
        }
        assertEquals(DeployState.values().length, ElementDeployState.values().length);
    }

    @Test
    void everyLockStateCrossesTheWireBothWays() {
        for (LockState state : LockState.values()) {
            assertEquals(state, InstanceMessages.domain(InstanceMessages.wire(state)));
        }
        assertEquals(LockState.values().length, ElementLockState.values().length);
    }

    @Test
    void everyMigrationAndSubStateHasItsWireConstant() {
        for (MigrationState state : MigrationState.values()) {
            assertEquals(state.name(), InstanceMessages.wire(state).name());
        }
        for (SubState state : SubState.values()) {
            assertEquals(state.name(), InstanceMessages.wire(state).name());
        }
    }

    @Test
    void everyOrderHasAnOperationAndARollbackIsNamedByWhatItReverts() {
        for (InstanceOrder order : InstanceOrder.values()) {
            InstanceOperation operation = InstanceMessages.operationOf(order, DeployState.DEPLOYED);
            if (order != InstanceOrder.ROLLBACK) {
                assertEquals(order.name(), operation.name());
            }
        }
        assertEquals(InstanceOperation.MIGRATION_REVERT,
                InstanceMessages.operationOf(InstanceOrder.ROLLBACK, DeployState.MIGRATION_REVERTING));
        assertEquals(InstanceOperation.UPDATE_REVERT,
                InstanceMessages.operationOf(InstanceOrder.ROLLBACK, DeployState.UPDATE_REVERTING));
    }

    @Test
    void aRowIsDefinedByTheCompositionItBelongsToWhileTheInstanceMigrates() {
        assertTrue(ElementDefinitions.targetFirst(DeployState.MIGRATING, MigrationState.DEFAULT));
        assertTrue(ElementDefinitions.targetFirst(DeployState.MIGRATING, MigrationState.NEW));
        assertFalse(ElementDefinitions.targetFirst(DeployState.MIGRATING, MigrationState.REMOVED));
        assertFalse(ElementDefinitions.targetFirst(DeployState.MIGRATION_REVERTING, MigrationState.DEFAULT));
        assertFalse(ElementDefinitions.targetFirst(DeployState.MIGRATION_REVERTING, MigrationState.REMOVED));
        assertTrue(ElementDefinitions.targetFirst(DeployState.MIGRATION_REVERTING, MigrationState.NEW));
        assertFalse(ElementDefinitions.targetFirst(DeployState.DEPLOYED, MigrationState.DEFAULT));
        assertEquals(NEW, definitions.inSourceFirst(NEW).orElseThrow().definition(),
                "a definition only the target has is found there");
    }

    @Test
    void aMigrationSendsTheSnapshotBeforeAndTheMigratedRowAfter() {
        AutomationCompositionInstance instance = deployed(STARTER_TO, NEW, SINK);
        MigrationRowsForTests.markMigrationState(instance.element(added).orElseThrow(), MigrationState.NEW);
        MigrationRowsForTests.markMigrationState(instance.element(removed).orElseThrow(), MigrationState.REMOVED);
        instance.targetComposition(to.id());
        start(instance, InstanceOrder.MIGRATE);
        SnapshotElement before = new SnapshotElement(starter, STARTER_FROM, SIM, 0, null, Map.of("text", "old"),
                Map.of(), MigrationState.DEFAULT);

        Map<UUID, ElementChange> changes = changes(instance, InstanceOperation.MIGRATE, List.of(before));

        ElementChange migrated = changes.get(starter);
        assertEquals("1.2.3", migrated.before().definitionVersion());
        assertEquals("from", migrated.before().definitionProperties().get("side"));
        assertEquals(Map.of("text", "old"), migrated.before().properties());
        assertEquals("1.2.4", migrated.after().definitionVersion());
        assertEquals("to", migrated.after().definitionProperties().get("side"));
        assertEquals(Map.of("text", "new"), migrated.after().properties());
        assertNull(changes.get(added).before(), "added");
        assertEquals(ElementMigrationState.NEW, changes.get(added).after().migrationState());
        assertEquals(List.of(0L, 2L), changes.get(added).after().definitionProperties().get("stage"));
        assertNull(changes.get(removed).after(), "removed");
        assertEquals("Sink", changes.get(removed).before().definitionName());
        assertEquals(List.of(0L, 2L), changes.get(removed).before().definitionProperties().get("stage"));
    }

    @Test
    void aRevertSendsTheFailedStateBeforeAndTheRestoredRowAfter() {
        AutomationCompositionInstance instance = deployed(STARTER_FROM, NEW, SINK);
        instance.targetComposition(to.id());
        start(instance, InstanceOrder.MIGRATE);
        instance.outcomes().elementFailed(instance.element(starter).orElseThrow(), "Migrate failed!", NOW);
        start(instance, InstanceOrder.ROLLBACK);
        MigrationRowsForTests.markMigrationState(instance.element(added).orElseThrow(), MigrationState.NEW);
        MigrationRowsForTests.markMigrationState(instance.element(removed).orElseThrow(), MigrationState.REMOVED);
        SnapshotElement failed = new SnapshotElement(starter, STARTER_TO, SIM, 0, null, Map.of("text", "failed"),
                Map.of(), MigrationState.DEFAULT);

        Map<UUID, ElementChange> changes = changes(instance, InstanceOperation.MIGRATION_REVERT, List.of(failed));

        ElementChange reverted = changes.get(starter);
        assertEquals("1.2.4", reverted.before().definitionVersion(), "the definition being left");
        assertEquals("to", reverted.before().definitionProperties().get("side"));
        assertEquals(Map.of("text", "failed"), reverted.before().properties());
        assertEquals("1.2.3", reverted.after().definitionVersion());
        assertEquals("from", reverted.after().definitionProperties().get("side"));
        assertNull(changes.get(added).after(), "a NEW element is removed");
        assertEquals(List.of(0L, 2L), changes.get(added).before().definitionProperties().get("stage"));
        assertNull(changes.get(removed).before(), "an element the failed migration deleted is added again");
        assertEquals(ElementMigrationState.NEW, changes.get(removed).after().migrationState());
    }

    @Test
    void aPrecheckComparesTheRowsWithTheWouldBeElementsAndAsksTheNewParticipantsToo() {
        AutomationCompositionInstance instance = deployed(STARTER_FROM, SINK, SINK);
        start(instance, InstanceOrder.MIGRATE_PRECHECK);
        ParticipantId other = new ParticipantId(UUID.randomUUID());
        UUID elsewhere = UUID.randomUUID();
        List<SnapshotElement> wouldBe = List.of(
                new SnapshotElement(starter, STARTER_TO, SIM, 0, null, Map.of("text", "next"), Map.of(),
                        MigrationState.DEFAULT),
                new SnapshotElement(removed, SINK, SIM, 0, null, Map.of(), Map.of(), MigrationState.REMOVED),
                new SnapshotElement(elsewhere, NEW, other, 0, null, Map.of(), Map.of(), MigrationState.NEW));
        OrderContent content = new OrderContent(instance, InstanceOperation.MIGRATE_PRECHECK, definitions,
                Optional.of(to.id()), Map.of(), wouldBe, Map.of());

        Map<UUID, ElementChange> mine = MigrationChanges.of(content, instance.elements(), SIM).stream()
                .collect(Collectors.toMap(ElementChange::elementId, Function.identity()));
        assertEquals(Set.of(starter, removed), mine.keySet(), "an element the plan keeps out is not sent");
        assertEquals("1.2.3", mine.get(starter).before().definitionVersion());
        assertEquals("1.2.4", mine.get(starter).after().definitionVersion());
        assertEquals(Map.of("text", "next"), mine.get(starter).after().properties());
        assertNull(mine.get(removed).after());

        List<ElementChange> theirs = MigrationChanges.of(content, List.of(), other);
        assertEquals(1, theirs.size());
        assertNull(theirs.get(0).before());
        assertEquals(ElementMigrationState.NEW, theirs.get(0).after().migrationState());
    }

    @Test
    void aSyncCarriesTheTargetAndTheSubState() {
        AutomationCompositionInstance instance = deployed(STARTER_TO, NEW, SINK);
        instance.targetComposition(to.id());
        start(instance, InstanceOrder.MIGRATE);
        InstanceSync sync = InstanceMessages.sync(instance, definitions, SIM, null, false, 0, null);
        assertEquals(to.id().value(), sync.compositionTargetId());
        assertEquals(InstanceSubState.NONE, sync.subState());
        assertEquals(3, sync.elements().size());
    }

    private Map<UUID, ElementChange> changes(AutomationCompositionInstance instance, InstanceOperation operation,
            List<SnapshotElement> before) {
        OrderContent content = new OrderContent(instance, operation, definitions, Optional.of(to.id()),
                OrderContent.byId(before), List.of(), Map.of());
        List<InstanceElement> rows = instance.elements();
        return MigrationChanges.of(content, rows, SIM).stream()
                .collect(Collectors.toMap(ElementChange::elementId, Function.identity()));
    }

    private AutomationCompositionInstance deployed(ToscaIdentifier starterDefinition, ToscaIdentifier addedDefinition,
            ToscaIdentifier removedDefinition) {
        AutomationCompositionInstance instance = new AutomationCompositionInstance(UUID.randomUUID(), from.id(),
                new ToscaIdentifier("M", "1.0.0"), null, List.of(
                        new NewInstanceElement(starter, starterDefinition, SIM, 0, null, Map.of("text", "new")),
                        new NewInstanceElement(added, addedDefinition, SIM, 0, null, Map.of()),
                        new NewInstanceElement(removed, removedDefinition, SIM, 0, null, Map.of())), NOW);
        start(instance, InstanceOrder.DEPLOY);
        instance.elements().forEach(element -> instance.outcomes().elementFinished(element, null, NOW));
        instance.complete(NOW);
        return instance;
    }

    private static void start(AutomationCompositionInstance instance, InstanceOrder order) {
        InstanceStatus status = instance.status();
        instance.startOrder(order, OrderEffect.of(order, status),
                RetryScope.targets(order, status, instance.elements().statuses()), NOW, NOW);
    }

    private static ElementTemplate template(ToscaIdentifier definition, String properties) {
        return new ElementTemplate(definition.name(), definition.version(), TYPE, "1.0.0", properties);
    }
}
