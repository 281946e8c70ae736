package dev.acmr.runtime.instance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What accepting a migration or a rollback does to the rows: they become the "after", the snapshot keeps the
 * "before".
 */
class InstanceMigrationChangesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final ParticipantId SIM_1 = new ParticipantId(UUID.randomUUID());
    private static final ParticipantId SIM_2 = new ParticipantId(UUID.randomUUID());
    private static final CompositionId SOURCE = new CompositionId(UUID.randomUUID());
    private static final CompositionId TARGET = new CompositionId(UUID.randomUUID());

    private final UUID kept = UUID.randomUUID();
    private final UUID dropped = UUID.randomUUID();
    private final UUID added = UUID.randomUUID();
    private final AutomationCompositionInstance instance = new AutomationCompositionInstance(UUID.randomUUID(),
            SOURCE, new ToscaIdentifier("M", "1.0.0"), null, List.of(
                    new NewInstanceElement(kept, new ToscaIdentifier("Starter", "1.2.3"), SIM_1, 0, "starter",
                            Map.of("text", "MyTextInit")),
                    new NewInstanceElement(dropped, new ToscaIdentifier("Sink", "1.2.3"), SIM_2, 1, null,
                            Map.of("text", "MyTextInit"))), NOW);

    @Test
    void aMigrationChangesTheRowsAtOnceAndNamesTheTarget() {
        assertEquals(Optional.empty(), instance.migration().migrationStateRefusal());
        long revision = instance.revision();

        migrate();

        InstanceElement starter = instance.element(kept).orElseThrow();
        assertEquals(new ToscaIdentifier("Starter", "1.2.4"), starter.definition());
        assertEquals(SIM_2, starter.participant());
        assertEquals(2, starter.startPhase());
        assertEquals(Map.of("text", "TextForMigration"), starter.properties());
        assertEquals("starter", starter.description().orElseThrow(), "no posted description keeps the stored one");
        assertEquals(MigrationState.DEFAULT, starter.migrationState());
        assertEquals(MigrationState.REMOVED, instance.element(dropped).orElseThrow().migrationState());
        InstanceElement fresh = instance.element(added).orElseThrow();
        assertEquals(MigrationState.NEW, fresh.migrationState());
        assertEquals(SIM_1, fresh.participant());
        assertEquals(Optional.of(TARGET), instance.compositionTargetId());
        assertEquals(SOURCE, instance.compositionId(), "the composition switches when the migration completes");
        assertTrue(instance.revision() > revision, "participants hold a copy: a new revision");
        assertTrue(instance.migration().migrationStateRefusal().orElseThrow().startsWith(
                "Instance cannot be deployed; There are elements in an invalid Migration state.(ElementId: "));
    }

    @Test
    void aMigrationThatDoesNotMatchTheRowsChangesNothing() {
        List<NewInstanceElement> again = List.of(new NewInstanceElement(kept, new ToscaIdentifier("Starter",
                "1.2.4"), SIM_1, 0, null, Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> instance.migration().migrate(TARGET, List.of(), again, Set.of(), NOW));
        assertThrows(IllegalArgumentException.class,
                () -> instance.migration().migrate(TARGET, List.of(), List.of(), Set.of(UUID.randomUUID()), NOW));
        assertEquals(new ToscaIdentifier("Starter", "1.2.3"), instance.element(kept).orElseThrow().definition());
        assertEquals(Optional.empty(), instance.compositionTargetId());
    }

    @Test
    void aMigrationRevertRestoresTheSnapshotKeepsTheNewRowsAndMarksTheDroppedForReAdding() {
        List<SnapshotElement> before = instance.migration().snapshotElements();
        migrate();

        Map<UUID, Map<String, Object>> failed = instance.migration().revertMigration(before, NOW);

        assertEquals(Map.of("text", "TextForMigration"), failed.get(kept));
        InstanceElement starter = instance.element(kept).orElseThrow();
        assertEquals(new ToscaIdentifier("Starter", "1.2.3"), starter.definition());
        assertEquals(SIM_1, starter.participant());
        assertEquals(0, starter.startPhase());
        assertEquals(Map.of("text", "MyTextInit"), starter.properties());
        assertEquals(MigrationState.DEFAULT, starter.migrationState());
        assertEquals(MigrationState.REMOVED, instance.element(dropped).orElseThrow().migrationState(),
                "REMOVED in a revert: to be added back");
        assertEquals(MigrationState.NEW, instance.element(added).orElseThrow().migrationState(),
                "kept NEW, so that its participant removes it");
        assertEquals(Optional.of(TARGET), instance.compositionTargetId(), "kept until the revert completes");
        assertEquals(SOURCE, instance.compositionId());
    }

    @Test
    void aMigrationRevertAddsBackARowTheFailedMigrationAlreadyDeleted() {
        List<SnapshotElement> before = instance.migration().snapshotElements();
        List<InstanceElement> rows = new ArrayList<>(List.of(instance.element(kept).orElseThrow()));

        new InstanceElementRows(instance.id(), rows).revertMigration(before,
                element -> new InstanceElement(instance, element));

        InstanceElement back = rows.stream().filter(row -> row.id().equals(dropped)).findFirst().orElseThrow();
        assertEquals(MigrationState.REMOVED, back.migrationState());
        assertEquals(new ToscaIdentifier("Sink", "1.2.3"), back.definition());
        assertEquals(SIM_2, back.participant());
        assertEquals(1, back.startPhase());
        assertEquals(Map.of("text", "MyTextInit"), back.properties());
    }

    @Test
    void anUpdateRevertRestoresTheProperties() {
        List<SnapshotElement> before = instance.migration().snapshotElements();
        instance.replaceProperties(Map.of(kept, Map.of("text", "MyTextUpdated")), Map.of(), NOW);

        Map<UUID, Map<String, Object>> failed = instance.migration().revertUpdate(before, NOW);

        assertEquals(Map.of("text", "MyTextUpdated"), failed.get(kept));
        assertEquals(Map.of("text", "MyTextInit"), instance.element(kept).orElseThrow().properties());
        SnapshotElement stranger = new SnapshotElement(UUID.randomUUID(), new ToscaIdentifier("x", "1"), SIM_1, 0,
                null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> instance.migration().revertUpdate(List.of(stranger), NOW));
    }

    private void migrate() {
        instance.migration().migrate(TARGET,
                List.of(new NewInstanceElement(kept, new ToscaIdentifier("Starter", "1.2.4"), SIM_2, 2, null,
                        Map.of("text", "TextForMigration"))),
                List.of(new NewInstanceElement(added, new ToscaIdentifier("New", "1.2.4"), SIM_1, 0, null,
                        Map.of())),
                Set.of(dropped), NOW);
    }
}
