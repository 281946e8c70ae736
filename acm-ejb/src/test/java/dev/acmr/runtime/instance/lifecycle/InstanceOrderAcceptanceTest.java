package dev.acmr.runtime.instance.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.application.CompositionNotFoundException;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.ElementTemplate;
import dev.acmr.runtime.composition.domain.PrimeOrder;
import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.infrastructure.persistence.DatabaseClock;
import dev.acmr.runtime.instance.application.InstanceDraft;
import dev.acmr.runtime.instance.application.InstanceNotFoundException;
import dev.acmr.runtime.instance.application.InstanceRejectedException;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.DeployState;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.domain.InstanceStatus;
import dev.acmr.runtime.instance.domain.MigrationState;
import dev.acmr.runtime.instance.domain.NewInstanceElement;
import dev.acmr.runtime.instance.domain.OrderEffect;
import dev.acmr.runtime.instance.domain.PrecheckPlan;
import dev.acmr.runtime.instance.domain.RetryScope;
import dev.acmr.runtime.instance.domain.RollbackSnapshot;
import dev.acmr.runtime.instance.domain.SnapshotElement;
import dev.acmr.runtime.instance.domain.SnapshotPurpose;
import dev.acmr.runtime.instance.domain.SubState;
import dev.acmr.runtime.instance.repository.InstanceRepository;
import dev.acmr.runtime.participant.dispatch.selection.ReplicaSelector;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the service stores when it accepts a migration, a migrate precheck, an update, a rollback or a sub order,
 * before the dispatcher takes over; and the refusals that write nothing.
 */
class InstanceOrderAcceptanceTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String TYPE = "org.onap.policy.clamp.acm.SimAutomationCompositionElement";
    private static final ParticipantId SIM_1 = new ParticipantId(UUID.randomUUID());
    private static final ParticipantId SIM_2 = new ParticipantId(UUID.randomUUID());

    private final CompositionDefinition from = composition("From", "1.2.3", "Starter", "Sink");
    private final CompositionDefinition to = composition("To", "1.2.4", "Starter", "New");
    private final Map<CompositionId, CompositionDefinition> compositions = new HashMap<>(Map.of(from.id(), from,
            to.id(), to));
    private final UUID starter = UUID.randomUUID();
    private final UUID sink = UUID.randomUUID();
    private final UUID fresh = UUID.randomUUID();
    private final AutomationCompositionInstance instance = new AutomationCompositionInstance(UUID.randomUUID(),
            from.id(), new ToscaIdentifier("M", "1.0.0"), null, List.of(
                    new NewInstanceElement(starter, new ToscaIdentifier("Starter", "1.2.3"), SIM_1, 0, null,
                            Map.of("text", "MyTextInit")),
                    new NewInstanceElement(sink, new ToscaIdentifier("Sink", "1.2.3"), SIM_2, 0, null,
                            Map.of("text", "MyTextInit"))), NOW);
    private RollbackSnapshot snapshot;
    private PrecheckPlan precheck;
    private final List<InstanceOrder> advanced = new ArrayList<>();
    private final InstanceLifecycleService service = new InstanceLifecycleService(new InstanceRepository() {
        @Override
        public Optional<AutomationCompositionInstance> findForUpdate(UUID instanceId) {
            return Optional.of(instance).filter(known -> known.id().equals(instanceId));
        }

        @Override
        public Optional<RollbackSnapshot> snapshotOf(UUID instanceId) {
            return Optional.ofNullable(snapshot);
        }

        @Override
        public void saveSnapshot(RollbackSnapshot saved) {
            snapshot = saved;
        }

        @Override
        public void savePrecheck(PrecheckPlan plan) {
            precheck = plan;
        }

        @Override
        public List<UUID> elementIdsInUse(Collection<UUID> ids) {
            return List.of();
        }
    }, new CompositionRepository() {
        @Override
        public Optional<CompositionDefinition> find(CompositionId id) {
            return Optional.ofNullable(compositions.get(id));
        }

        @Override
        public Optional<CompositionDefinition> findForUpdate(CompositionId id) {
            return find(id);
        }
    }, new ReplicaSelector() {
        @Override
        public boolean isLive(ParticipantId participant) {
            return true;
        }
    }, new InstanceDispatcher() {
        @Override
        public Duration timeoutOf(AutomationCompositionInstance running, InstanceOrder order) {
            return Duration.ofMinutes(1);
        }

        @Override
        public boolean advance(AutomationCompositionInstance running, Map<UUID, Map<String, Object>> previous) {
            advanced.add(running.progress().runningOrder().orElseThrow());
            return false;
        }
    }, DatabaseClock.reading(Instant::now));

    InstanceOrderAcceptanceTest() {
        prime(from);
        prime(to);
    }

    @Test
    void aMigrationStoresTheBeforeAndChangesTheRows() {
        deploy();
        service.update(from.id(), migration(false));

        assertEquals(List.of(InstanceOrder.MIGRATE), advanced);
        assertEquals(DeployState.MIGRATING, instance.status().deployState());
        assertEquals(SnapshotPurpose.MIGRATE, snapshot.takenFor());
        assertEquals(from.id(), snapshot.compositionId());
        assertEquals(new ToscaIdentifier("Starter", "1.2.3"), before(starter).definition());
        assertEquals(Map.of("text", "MyTextInit"), before(starter).properties());
        InstanceElement migrated = instance.element(starter).orElseThrow();
        assertEquals(new ToscaIdentifier("Starter", "1.2.4"), migrated.definition());
        assertEquals(Map.of("text", "TextForMigration"), migrated.properties());
        assertEquals(MigrationState.REMOVED, instance.element(sink).orElseThrow().migrationState());
        assertEquals(MigrationState.NEW, instance.element(fresh).orElseThrow().migrationState());
        assertEquals(DeployState.MIGRATING, instance.element(fresh).orElseThrow().deployState());
        assertEquals(Optional.of(to.id()), instance.compositionTargetId());
        assertNull(precheck);
    }

    @Test
    void aPrecheckLeavesTheRowsAndPlansTheMigration() {
        deploy();
        service.update(from.id(), migration(true));

        assertEquals(List.of(InstanceOrder.MIGRATE_PRECHECK), advanced);
        assertEquals(new InstanceStatus(DeployState.DEPLOYED, instance.status().lockState(),
                SubState.MIGRATION_PRECHECKING, StateChangeResult.NO_ERROR), instance.status());
        assertEquals(new ToscaIdentifier("Starter", "1.2.3"), instance.element(starter).orElseThrow().definition());
        assertTrue(instance.element(fresh).isEmpty());
        assertEquals(Optional.empty(), instance.compositionTargetId());
        assertNull(snapshot);
        assertEquals(to.id(), precheck.compositionTargetId());
        assertEquals(3, precheck.wouldBe().size());
    }

    @Test
    void aMigrationToAnUnknownOrUnprimedTargetChangesNothing() {
        deploy();
        compositions.remove(to.id());
        assertThrows(CompositionNotFoundException.class, () -> service.update(from.id(), migration(false)));
        CompositionDefinition unprimed = composition("To", "1.2.4", "Starter", "New");
        compositions.put(to.id(), unprimed);
        InstanceRejectedException refused = assertThrows(InstanceRejectedException.class,
                () -> service.update(from.id(), migration(false)));
        assertEquals(to.id() + " Commissioned automation composition definition not primed", refused.getMessage());
        assertEquals(DeployState.DEPLOYED, instance.status().deployState());
        assertNull(snapshot);
        assertEquals(List.of(), advanced);
    }

    @Test
    void anUpdateOfADeployedInstanceStoresTheBefore() {
        deploy();
        service.update(from.id(), new InstanceDraft(instance.id(), null, null, from.id().value(), null, false,
                null, List.of(new InstanceDraft.Element(starter, null, null, Map.of("text", "MyTextUpdated")))));

        assertEquals(List.of(InstanceOrder.UPDATE), advanced);
        assertEquals(SnapshotPurpose.UPDATE, snapshot.takenFor());
        assertEquals(Map.of("text", "MyTextInit"), before(starter).properties());
        assertEquals(Map.of("text", "MyTextUpdated"), instance.element(starter).orElseThrow().properties());
    }

    @Test
    void aRollbackNeedsAFailedMigrationOrUpdate() {
        deploy();
        InstanceRejectedException refused = assertThrows(InstanceRejectedException.class,
                () -> service.rollback(from.id(), instance.id()));
        assertEquals("Invalid state for rollback, Ac Instance is DEPLOYED", refused.getMessage());
        assertThrows(InstanceNotFoundException.class, () -> service.rollback(from.id(), UUID.randomUUID()));
    }

    @Test
    void aRollbackWithoutSnapshotIsNotFound() {
        deploy();
        start(InstanceOrder.UPDATE);
        instance.outcomes().elementFailed(instance.element(starter).orElseThrow(), "Update failed", NOW);

        InstanceNotFoundException missing = assertThrows(InstanceNotFoundException.class,
                () -> service.rollback(from.id(), instance.id()));
        assertEquals("Instance not found for rollback", missing.getMessage());
        assertEquals(DeployState.UPDATING, instance.status().deployState());
    }

    @Test
    void aRollbackRefusesASnapshotThatNoLongerFitsTheComposition() {
        deploy();
        start(InstanceOrder.UPDATE);
        instance.outcomes().elementFailed(instance.element(starter).orElseThrow(), "Update failed", NOW);
        snapshot = new RollbackSnapshot(instance.id(), from.id(), SnapshotPurpose.UPDATE, List.of(new SnapshotElement(
                starter, new ToscaIdentifier("Starter", "9.9.9"), SIM_1, 0, null, Map.of(), Map.of(), null)), NOW);

        InstanceRejectedException refused = assertThrows(InstanceRejectedException.class,
                () -> service.rollback(from.id(), instance.id()));
        assertTrue(refused.getMessage().contains("not version 9.9.9"), refused.getMessage());
        assertEquals(SnapshotPurpose.UPDATE, snapshot.takenFor(), "the snapshot is kept");
    }

    @Test
    void aRollbackOfAFailedMigrationSwapsSnapshotAndRows() {
        deploy();
        service.update(from.id(), migration(false));
        instance.outcomes().elementFailed(instance.element(starter).orElseThrow(), "Migrate failed!", NOW);

        service.rollback(from.id(), instance.id());

        assertEquals(List.of(InstanceOrder.MIGRATE, InstanceOrder.ROLLBACK), advanced);
        assertEquals(DeployState.MIGRATION_REVERTING, instance.status().deployState());
        assertEquals(SnapshotPurpose.ROLLBACK, snapshot.takenFor());
        assertEquals(new ToscaIdentifier("Starter", "1.2.4"), before(starter).definition(),
                "the failed state is the before of the revert");
        assertEquals(MigrationState.NEW, before(fresh).migrationState());
        InstanceElement restored = instance.element(starter).orElseThrow();
        assertEquals(new ToscaIdentifier("Starter", "1.2.3"), restored.definition());
        assertEquals(Map.of("text", "MyTextInit"), restored.properties());
        assertEquals(MigrationState.REMOVED, instance.element(sink).orElseThrow().migrationState());
        assertEquals(MigrationState.NEW, instance.element(fresh).orElseThrow().migrationState());
        assertEquals(from.id(), instance.compositionId());
    }

    @Test
    void aRollbackOfAFailedUpdateRestoresTheProperties() {
        deploy();
        service.update(from.id(), new InstanceDraft(instance.id(), null, null, from.id().value(), null, false,
                null, List.of(new InstanceDraft.Element(starter, null, null, Map.of("text", "MyTextUpdated")))));
        instance.outcomes().elementFailed(instance.element(starter).orElseThrow(), "Update failed", NOW);

        service.rollback(from.id(), instance.id());

        assertEquals(DeployState.UPDATE_REVERTING, instance.status().deployState());
        assertEquals(Map.of("text", "MyTextInit"), instance.element(starter).orElseThrow().properties());
        assertEquals(Map.of("text", "MyTextUpdated"), before(starter).properties());
    }

    @Test
    void putTakesPrepareAndReviewButNoOrderOfAnotherRequest() {
        service.order(from.id(), instance.id(), InstanceOrder.PREPARE);
        assertEquals(SubState.PREPARING, instance.status().subState());
        assertThrows(InstanceRejectedException.class,
                () -> service.order(from.id(), instance.id(), InstanceOrder.MIGRATE_PRECHECK));
        assertThrows(InstanceRejectedException.class,
                () -> service.order(from.id(), instance.id(), InstanceOrder.ROLLBACK));
    }

    @Test
    void anInstanceLeftHalfMigratedTakesNoUpdate() {
        deploy();
        service.update(from.id(), migration(false));
        instance.outcomes().elementFailed(instance.element(starter).orElseThrow(), "Migrate failed!", NOW);

        InstanceRejectedException refused = assertThrows(InstanceRejectedException.class,
                () -> service.update(from.id(), migration(false)));
        assertTrue(refused.getMessage().startsWith("Instance cannot be deployed; There are elements in an invalid "
                + "Migration state."), refused.getMessage());
    }

    private SnapshotElement before(UUID elementId) {
        return snapshot.elements().stream().filter(element -> element.id().equals(elementId)).findFirst()
                .orElseThrow();
    }

    private InstanceDraft migration(boolean precheckOnly) {
        return new InstanceDraft(instance.id(), "M", "1.0.0", from.id().value(), to.id().value(), precheckOnly,
                null, List.of(new InstanceDraft.Element(starter, new ToscaIdentifier("Starter", "1.2.4"), null,
                        Map.of("text", "TextForMigration")),
                        new InstanceDraft.Element(fresh, new ToscaIdentifier("New", "1.2.4"), null, Map.of())));
    }

    private void deploy() {
        start(InstanceOrder.DEPLOY);
        instance.elements().forEach(element -> instance.outcomes().elementFinished(element, null, NOW));
        instance.complete(NOW);
    }

    private void start(InstanceOrder order) {
        InstanceStatus status = instance.status();
        instance.startOrder(order, OrderEffect.of(order, status),
                RetryScope.targets(order, status, instance.elements().statuses()), NOW, NOW.plusSeconds(60));
    }

    private static CompositionDefinition composition(String name, String version, String... elements) {
        List<ElementTemplate> templates = new ArrayList<>();
        for (String element : elements) {
            templates.add(new ElementTemplate(element, version, TYPE, "1.0.0", "{}"));
        }
        CompositionDefinition definition = new CompositionDefinition(CompositionId.random(),
                new ToscaIdentifier(name, version), "{}", templates, NOW);
        definition.elements().forEach(element -> element.bindTo(
                element.elementName().equals("Sink") ? SIM_2 : SIM_1));
        return definition;
    }

    private static void prime(CompositionDefinition definition) {
        definition.startOrder(PrimeOrder.PRIME, NOW, NOW.plusSeconds(60));
        definition.participants().forEach(participant -> definition.applyAck(participant, PrimeOrder.PRIME, true,
                null, NOW));
    }
}
