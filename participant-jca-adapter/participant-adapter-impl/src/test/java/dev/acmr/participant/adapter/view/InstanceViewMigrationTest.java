package dev.acmr.participant.adapter.view;

import static dev.acmr.participant.adapter.view.CompositionFixtures.PARTICIPANT;
import static dev.acmr.participant.adapter.view.InstanceFixtures.COMPOSITION;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E1;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E2;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E3;
import static dev.acmr.participant.adapter.view.InstanceFixtures.TARGET;
import static dev.acmr.participant.adapter.view.InstanceFixtures.changes;
import static dev.acmr.participant.adapter.view.InstanceFixtures.element;
import static dev.acmr.participant.adapter.view.InstanceFixtures.migrating;
import static dev.acmr.participant.adapter.view.InstanceFixtures.migration;
import static dev.acmr.participant.adapter.view.InstanceFixtures.order;
import static dev.acmr.participant.adapter.view.InstanceFixtures.sync;
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
import dev.acmr.messages.OperationResult;
import dev.acmr.participant.models.concepts.AutomationComposition;
import dev.acmr.participant.models.concepts.AutomationCompositionElement;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.MigrationState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.concepts.SubState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What migrations and sub operations make of the view, and what the runtime's syncs of them say. */
class InstanceViewMigrationTest {

    private final InstanceView view = new InstanceView();
    private final UUID id = UUID.randomUUID();

    @Test
    void aMigrationAddsNewElementsAndKeepsRemovedOnesMarkedUntilTheyAreDeleted() {
        view.apply(sync(id, 5, ElementDeployState.DEPLOYED, ElementLockState.LOCKED));
        assertTrue(view.holdOrdered(changes(id, InstanceOperation.MIGRATE, 6, 0, migration())));
        ViewInstance migrating = view.get(id).orElseThrow();
        assertEquals(List.of(E1, E2, E3), List.copyOf(migrating.elements().keySet()));
        assertEquals(Map.of("url", "http://migrated"), migrating.elements().get(E1).properties());
        assertEquals(MigrationState.DEFAULT, migrating.elements().get(E1).migrationState());
        assertEquals(MigrationState.REMOVED, migrating.elements().get(E2).migrationState());
        assertEquals(Map.of("url", "http://two"), migrating.elements().get(E2).properties(), "as held");

        assertTrue(view.reported(id, E2, DeployState.DELETED, null, StateChangeResult.NO_ERROR, null, null, null));
        assertEquals(List.of(E1, E3), List.copyOf(view.get(id).orElseThrow().elements().keySet()));
        view.reported(id, E1, DeployState.DEPLOYED, null, StateChangeResult.NO_ERROR, null, null, null);
        view.reported(id, E3, DeployState.DEPLOYED, null, StateChangeResult.NO_ERROR, null, null, null);
        assertEquals(DeployState.DEPLOYED, view.get(id).orElseThrow().deployState());
    }

    @Test
    void anElementTheChangeDoesNotMarkIsNewWhenAddedAndDefaultOtherwise() {
        var unmarked = migrating(E3, "2.0.0", Map.of(), null);
        var kept = migrating(E1, "2.0.0", Map.of(), null);
        view.holdOrdered(changes(id, InstanceOperation.MIGRATE, 2, 0, List.of(
                new ElementChange(E3, null, unmarked),
                new ElementChange(E1, kept, kept))));
        assertEquals(MigrationState.NEW, view.get(id).orElseThrow().elements().get(E3).migrationState());
        assertEquals(MigrationState.DEFAULT, view.get(id).orElseThrow().elements().get(E1).migrationState());
    }

    @Test
    void aPreparedElementEndsItsSubStateAndStaysUndeployed() {
        view.holdOrdered(order(id, InstanceOperation.PREPARE, 3, List.of(
                element(E1, Map.of(), null, ElementDeployState.UNDEPLOYED, ElementLockState.NONE),
                element(E2, Map.of(), null, ElementDeployState.UNDEPLOYED, ElementLockState.NONE))));
        assertTrue(view.stageReported(id, E1, 2, null, null, Map.of("prepareStage", List.of(0))));
        ViewInstanceElement staged = view.get(id).orElseThrow().elements().get(E1);
        assertEquals(2, staged.stage());
        assertEquals(Map.of("prepareStage", List.of(0)), staged.outProperties());
        assertEquals(SubState.PREPARING, staged.subState());

        view.reported(id, E1, DeployState.UNDEPLOYED, null, StateChangeResult.NO_ERROR, null, null, null);
        ViewInstance instance = view.get(id).orElseThrow();
        assertEquals(SubState.NONE, instance.elements().get(E1).subState());
        assertEquals(SubState.PREPARING, instance.subState(), "E2 is still preparing");
        assertEquals(DeployState.UNDEPLOYED, instance.elements().get(E1).deployState());
        view.reported(id, E2, DeployState.UNDEPLOYED, null, StateChangeResult.NO_ERROR, null, null, null);
        assertEquals(SubState.NONE, view.get(id).orElseThrow().subState());
        assertEquals(DeployState.UNDEPLOYED, view.get(id).orElseThrow().deployState());
        assertFalse(view.stageReported(id, E3, 1, null, null, null), "not held");
    }

    @Test
    void aFailedReviewKeepsTheSubStateAsTheRuntimeDoes() {
        view.apply(sync(id, 5, ElementDeployState.DEPLOYED, ElementLockState.LOCKED));
        view.holdOrdered(order(id, InstanceOperation.REVIEW, 6, List.of(
                element(E1, Map.of(), null, ElementDeployState.DEPLOYED, ElementLockState.LOCKED))));
        view.reported(id, E1, DeployState.DEPLOYED, null, StateChangeResult.FAILED, null, null, null);
        ViewInstance instance = view.get(id).orElseThrow();
        assertEquals(SubState.REVIEWING, instance.subState());
        assertEquals(StateChangeResult.FAILED, instance.stateChangeResult());
    }

    @Test
    void aSyncCarriesTheTargetTheSubStateAndEachElementsMigrationStateAndStage() {
        view.apply(new InstanceSync(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, null, id, COMPOSITION, "inst",
                "1.0.1", 7, ElementDeployState.MIGRATING, ElementLockState.LOCKED, OperationResult.NO_ERROR, false,
                List.of(migrating(E1, "2.0.0", Map.of(), ElementMigrationState.NEW)), 6, null, TARGET,
                InstanceSubState.NONE));
        AutomationComposition model = view.get(id).orElseThrow().toModel(PARTICIPANT);
        assertEquals(TARGET, model.getCompositionTargetId());
        assertEquals(SubState.NONE, model.getSubState());
        assertEquals(DeployState.MIGRATING, model.getDeployState());
        AutomationCompositionElement e1 = model.getElements().get(E1);
        assertEquals(MigrationState.NEW, e1.getMigrationState());
        assertNull(e1.getStage());
        assertEquals(LockState.LOCKED, e1.getLockState());

        view.apply(new InstanceSync(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, null, id, COMPOSITION, "inst",
                "1.0.1", 8, ElementDeployState.UNDEPLOYED, ElementLockState.NONE, OperationResult.NO_ERROR, false,
                List.of(), 7, null, null, InstanceSubState.PREPARING));
        assertEquals(SubState.PREPARING, view.get(id).orElseThrow().toModel(PARTICIPANT).getSubState());
        assertNull(view.get(id).orElseThrow().toModel(PARTICIPANT).getCompositionTargetId());
    }
}
