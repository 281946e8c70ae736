package dev.acmr.runtime.instance.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Changes to the element rows of one instance, made in place on the instance's mapped list so that JPA sees every
 * row added or removed: an order reaching its targets, new properties, and a new set of elements. The instance
 * decides when; this class knows how rows are matched and kept.
 */
final class InstanceElementRows {

    private final UUID instanceId;
    private final List<InstanceElement> rows;

    InstanceElementRows(UUID instanceId, List<InstanceElement> rows) {
        this.instanceId = instanceId;
        this.rows = rows;
    }

    /** The order targets these elements: they take its transitional states. */
    void start(InstanceOrder order, InstanceStatus next, Set<UUID> targets) {
        rows.stream().filter(element -> targets.contains(element.id()))
                .forEach(element -> element.start(order, next));
    }

    /**
     * Replaces the properties of the listed elements (and their description when given).
     *
     * @throws IllegalArgumentException if an id names none of the elements
     */
    void replaceProperties(Map<UUID, Map<String, Object>> newProperties, Map<UUID, String> newDescriptions) {
        newProperties.forEach((id, properties) -> find(id)
                .orElseThrow(() -> new IllegalArgumentException("instance " + instanceId + " has no element " + id))
                .replaceProperties(properties));
        newDescriptions.forEach((id, text) -> find(id).ifPresent(element -> element.describe(text)));
    }

    /**
     * The elements become the given ones: an element that keeps its id keeps its row (and what its participant
     * reported) and takes the new properties and description, a new id gets a row from {@code newRow}, and rows
     * not given are removed. Checked before anything changes.
     *
     * @throws IllegalStateException if an element keeps its id but not its definition
     */
    void replaceWith(List<NewInstanceElement> newElements, Function<NewInstanceElement, InstanceElement> newRow) {
        for (NewInstanceElement element : newElements) {
            find(element.id()).filter(kept -> !kept.definition().equals(element.definition())).ifPresent(kept -> {
                throw new IllegalStateException("element " + element.id() + " instantiates " + kept.definition()
                        + ", not " + element.definition());
            });
        }
        Map<UUID, NewInstanceElement> byId = new LinkedHashMap<>();
        newElements.forEach(element -> byId.put(element.id(), element));
        rows.removeIf(element -> !byId.containsKey(element.id()));
        for (NewInstanceElement element : newElements) {
            find(element.id()).ifPresentOrElse(row -> {
                row.replaceProperties(element.properties());
                row.describe(element.description());
            }, () -> rows.add(newRow.apply(element)));
        }
    }

    /**
     * A migration's change set: kept elements move to their target definition (a given description replaces the
     * stored one), added ones get a row marked NEW, dropped ones are marked REMOVED. Checked before anything changes.
     *
     * @throws IllegalArgumentException if a kept or dropped id names none of the rows, or an added one names a row
     */
    void migrate(List<NewInstanceElement> kept, List<NewInstanceElement> added, Set<UUID> removed,
            Function<NewInstanceElement, InstanceElement> newRow) {
        kept.forEach(element -> require(element.id()));
        removed.forEach(this::require);
        added.stream().filter(element -> find(element.id()).isPresent()).findFirst().ifPresent(element -> {
            throw new IllegalArgumentException("instance " + instanceId + " already has element " + element.id());
        });
        for (NewInstanceElement element : kept) {
            InstanceElement row = require(element.id());
            row.migrateTo(element.definition(), element.startPhase(), element.participant(), element.properties());
            if (element.description() != null) {
                row.describe(element.description());
            }
        }
        for (NewInstanceElement element : added) {
            InstanceElement row = newRow.apply(element);
            row.markMigration(MigrationState.NEW);
            rows.add(row);
        }
        removed.forEach(id -> require(id).markMigration(MigrationState.REMOVED));
    }

    /**
     * A migration revert (ONAP's MIGRATION_REVERT): every element of the snapshot becomes what it was. Elements the
     * failed migration dropped, whether their row is still here or already deleted, are marked REMOVED, which in a
     * revert means "to be added back"; elements it added keep their row, still NEW, so that their participants
     * remove them.
     */
    void revertMigration(List<SnapshotElement> before, Function<NewInstanceElement, InstanceElement> newRow) {
        for (SnapshotElement element : before) {
            Optional<InstanceElement> row = find(element.id());
            boolean dropped = row.map(kept -> kept.migrationState() == MigrationState.REMOVED).orElse(true);
            InstanceElement restored = row.orElseGet(() -> {
                InstanceElement added = newRow.apply(new NewInstanceElement(element.id(), element.definition(),
                        element.participant(), element.startPhase(), element.description(), element.properties()));
                rows.add(added);
                return added;
            });
            restored.restore(element);
            if (dropped) {
                restored.markMigration(MigrationState.REMOVED);
            }
        }
    }

    /**
     * An update revert (ONAP's UPDATE_REVERT): the elements take back what the snapshot recorded.
     *
     * @throws IllegalArgumentException if the snapshot names an element the instance does not have
     */
    void revertUpdate(List<SnapshotElement> before) {
        before.forEach(element -> require(element.id()));
        before.forEach(element -> require(element.id()).restore(element));
    }

    private InstanceElement require(UUID elementId) {
        return find(elementId).orElseThrow(
                () -> new IllegalArgumentException("instance " + instanceId + " has no element " + elementId));
    }

    private Optional<InstanceElement> find(UUID elementId) {
        return rows.stream().filter(element -> element.id().equals(elementId)).findFirst();
    }
}
