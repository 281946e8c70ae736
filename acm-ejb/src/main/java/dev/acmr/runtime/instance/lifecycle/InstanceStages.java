package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.messages.ElementStages;
import dev.acmr.runtime.composition.domain.CompositionElement;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.DeployState;
import dev.acmr.runtime.instance.domain.Direction;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.domain.MigrationState;
import dev.acmr.runtime.instance.domain.StagePlan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.UUID;

/**
 * Reads the stage of each element of an instance running a staged order, for {@link StagePlan}: the stages its
 * definition names for the order (the prepare stages for PREPARE, the migrate stages for a migration and its revert),
 * from the composition {@link ElementDefinitions} finds the row's definition in. A revert therefore runs every
 * restored element by the definition it returns to, as ONAP's runtime and simulator do.
 */
final class InstanceStages {

    private InstanceStages() {
    }

    /** Each element's current stage, in element order. */
    static Map<UUID, Integer> current(AutomationCompositionInstance instance, ElementDefinitions definitions,
            InstanceOrder order, Direction direction) {
        DeployState state = instance.status().deployState();
        Map<UUID, StagePlan.StagedElement> staged = new LinkedHashMap<>();
        for (InstanceElement row : instance.elements()) {
            Map<String, Object> properties = definitions.ofRow(instance, row).map(CompositionElement::properties)
                    .orElse(Map.of());
            SortedSet<Integer> stages = order == InstanceOrder.PREPARE ? ElementStages.prepareStages(properties)
                    : ElementStages.migrateStages(properties);
            staged.put(row.id(), new StagePlan.StagedElement(stages, row.stage().orElse(null),
                    isLeaving(state, row.migrationState())));
        }
        return StagePlan.currentStages(staged, direction);
    }

    /** Whether the running order takes the element away from its participant. */
    static boolean isLeaving(DeployState state, MigrationState migrationState) {
        return state == DeployState.MIGRATING && migrationState == MigrationState.REMOVED
                || state == DeployState.MIGRATION_REVERTING && migrationState == MigrationState.NEW;
    }
}
