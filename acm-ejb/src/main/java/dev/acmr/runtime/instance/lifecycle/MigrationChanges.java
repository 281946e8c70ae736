package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.messages.ElementChange;
import dev.acmr.messages.InstanceOperation;
import dev.acmr.runtime.composition.domain.CompositionElement;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.DeployState;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.MigrationState;
import dev.acmr.runtime.instance.domain.SnapshotElement;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The before/after pairs a migration, its revert or a migrate precheck sends for one participant's elements, as
 * ONAP's runtime builds them:
 * <ul>
 * <li>MIGRATE (rows migrated, snapshot = the rows before): DEFAULT: the snapshot's element with its source definition,
 * then the row with its target definition; NEW: added (no before); REMOVED: the row, then removed (no after).
 * <li>MIGRATION_REVERT (rows restored, snapshot = the failed state): DEFAULT: the failed element with the definition
 * being left, then the row with the source definition; NEW: the row, then removed; REMOVED (deleted by the failed
 * migration): added again, marked NEW as ONAP marks it.
 * <li>MIGRATE_PRECHECK (rows untouched): each would-be element against the row it would replace.
 * </ul>
 */
final class MigrationChanges {

    private MigrationChanges() {
    }

    /**
     * The changes of {@code rows} (one participant's elements of the current stage) and, for a precheck, the
     * participant's elements the migration would add.
     */
    static List<ElementChange> of(OrderContent content, Collection<InstanceElement> rows, ParticipantId participant) {
        if (content.operation() == InstanceOperation.MIGRATE_PRECHECK) {
            return precheck(content, rows, participant);
        }
        boolean revert = content.operation() == InstanceOperation.MIGRATION_REVERT;
        List<ElementChange> changes = new ArrayList<>();
        for (InstanceElement row : rows) {
            changes.add(revert ? revert(content, row) : migrate(content, row));
        }
        return changes;
    }

    private static ElementChange migrate(OrderContent content, InstanceElement row) {
        AutomationCompositionInstance instance = content.instance();
        var after = InstanceMessages.element(row, content.definitions().ofRow(instance, row), null);
        return switch (row.migrationState()) {
            case NEW -> new ElementChange(row.id(), null, after);
            case REMOVED -> new ElementChange(row.id(), after, null);
            case DEFAULT -> new ElementChange(row.id(), before(content, row, false), after);
        };
    }

    private static ElementChange revert(OrderContent content, InstanceElement row) {
        AutomationCompositionInstance instance = content.instance();
        var current = InstanceMessages.element(row, content.definitions().ofRow(instance, row), null);
        return switch (row.migrationState()) {
            case NEW -> new ElementChange(row.id(), current, null);
            case REMOVED -> new ElementChange(row.id(), null, InstanceMessages.element(SnapshotElement.of(row),
                    content.definitions().inSourceFirst(row.definition()), row.deployState(), row.lockState(),
                    MigrationState.NEW));
            case DEFAULT -> new ElementChange(row.id(), before(content, row, true), current);
        };
    }

    // The snapshot's element: before a migration with its source definition; the failed state of a revert as the
    // migration had left it (DEFAULT and NEW with the target's definitions, REMOVED with the source's).
    private static dev.acmr.messages.InstanceElement before(OrderContent content, InstanceElement row,
            boolean failedState) {
        SnapshotElement taken = content.before().get(row.id());
        if (taken == null) {
            return InstanceMessages.element(row, content.definitions().ofRow(content.instance(), row), null);
        }
        Optional<CompositionElement> definition = failedState
                && ElementDefinitions.targetFirst(DeployState.MIGRATING, taken.migrationState())
                ? content.definitions().inTargetFirst(taken.definition())
                : content.definitions().inSourceFirst(taken.definition());
        return InstanceMessages.element(taken, definition, row.deployState(), row.lockState(),
                taken.migrationState());
    }

    private static List<ElementChange> precheck(OrderContent content, Collection<InstanceElement> rows,
            ParticipantId participant) {
        AutomationCompositionInstance instance = content.instance();
        Set<UUID> sent = rows.stream().map(InstanceElement::id).collect(Collectors.toSet());
        List<ElementChange> changes = new ArrayList<>();
        for (SnapshotElement wouldBe : content.wouldBe()) {
            Optional<InstanceElement> row = instance.element(wouldBe.id());
            boolean listed = row.map(found -> sent.contains(found.id()))
                    .orElse(wouldBe.participant().equals(participant));
            if (!listed) {
                continue;
            }
            var before = row.map(found -> InstanceMessages.element(found,
                    content.definitions().inSourceFirst(found.definition()), null)).orElse(null);
            var after = wouldBe.migrationState() == MigrationState.REMOVED ? null
                    : InstanceMessages.element(wouldBe, content.definitions().inTargetFirst(wouldBe.definition()),
                            row.map(InstanceElement::deployState).orElse(instance.status().deployState()),
                            row.map(InstanceElement::lockState).orElse(instance.status().lockState()),
                            wouldBe.migrationState());
            changes.add(new ElementChange(wouldBe.id(), before, after));
        }
        return changes;
    }
}
