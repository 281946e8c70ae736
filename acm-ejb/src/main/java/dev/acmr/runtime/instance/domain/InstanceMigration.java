package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.shared.OrderBookkeeping;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The migrations and rollbacks of one instance, as changes to its element rows: the rows are the "after" of the
 * change, a {@link RollbackSnapshot} its "before". Obtained from {@link AutomationCompositionInstance#migration()};
 * every change is a new revision of the instance for the replicas.
 */
public final class InstanceMigration {

    private final AutomationCompositionInstance instance;
    private final List<InstanceElement> rows;
    private final OrderBookkeeping bookkeeping;

    InstanceMigration(AutomationCompositionInstance instance, List<InstanceElement> rows,
            OrderBookkeeping bookkeeping) {
        this.instance = instance;
        this.rows = rows;
        this.bookkeeping = bookkeeping;
    }

    /**
     * Why the instance takes no update, migration or deploy: an element left NEW or REMOVED by a migration that did
     * not complete (ONAP's check, in its words); empty if every element is DEFAULT.
     */
    public Optional<String> migrationStateRefusal() {
        return rows.stream().filter(element -> element.migrationState() != MigrationState.DEFAULT).findFirst()
                .map(element -> "Instance cannot be deployed; There are elements in an invalid Migration state."
                        + "(ElementId: " + element.id() + ", MigrationState: " + element.migrationState() + ")");
    }

    /**
     * Applies an accepted migration to the rows at once, as ONAP stores the migrated instance when it accepts the
     * order: kept elements take their target definition and merged properties, added ones are NEW, dropped ones
     * REMOVED, and the instance names the target composition until the migration completes or is reverted.
     *
     * @throws IllegalArgumentException if the change set does not match the rows (see
     *         {@link InstanceElementRows#migrate})
     */
    public void migrate(CompositionId target, List<NewInstanceElement> kept, List<NewInstanceElement> added,
            Set<UUID> removed, Instant now) {
        elementRows().migrate(kept, added, removed, element -> new InstanceElement(instance, element));
        instance.targetComposition(Objects.requireNonNull(target, "target"));
        bookkeeping.revise(now);
    }

    /**
     * Applies an accepted rollback of a failed migration: the elements go back to the snapshot (see
     * {@link InstanceElementRows#revertMigration}). The instance still names the source composition and keeps the
     * target id until the revert completes, as ONAP's.
     *
     * @return the properties the elements had, those of the failed migration
     */
    public Map<UUID, Map<String, Object>> revertMigration(List<SnapshotElement> before, Instant now) {
        Map<UUID, Map<String, Object>> failed = instance.elements().properties();
        elementRows().revertMigration(before, element -> new InstanceElement(instance, element));
        bookkeeping.revise(now);
        return failed;
    }

    /**
     * Applies an accepted rollback of a failed update: the elements take back their properties.
     *
     * @return the properties the elements had, those of the failed update
     */
    public Map<UUID, Map<String, Object>> revertUpdate(List<SnapshotElement> before, Instant now) {
        Map<UUID, Map<String, Object>> failed = instance.elements().properties();
        elementRows().revertUpdate(before);
        bookkeeping.revise(now);
        return failed;
    }

    /** The elements as they are now: the "before" a change about to be applied saves. */
    public List<SnapshotElement> snapshotElements() {
        return instance.elements().stream().map(SnapshotElement::of).toList();
    }

    private InstanceElementRows elementRows() {
        return new InstanceElementRows(instance.id(), rows);
    }
}
