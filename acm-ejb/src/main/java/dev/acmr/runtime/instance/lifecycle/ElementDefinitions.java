package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionElement;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.DeployState;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.MigrationState;
import java.util.Optional;

/**
 * Where the element definitions of an instance's elements are while it migrates: its own composition (the source
 * until a migration completes) and the composition it is migrated to, or a precheck asks about. An element row names
 * only its definition's name and version; which composition to read it from depends on the row. While MIGRATING the
 * DEFAULT and NEW rows already carry the target's definitions and the REMOVED ones still the source's; while
 * MIGRATION_REVERTING the restored rows carry the source's and the NEW ones (being removed) the target's. The other
 * composition is asked when the preferred one lacks the definition (an instance left half migrated by a failure
 * and then undeployed, say).
 */
final class ElementDefinitions {

    private final Optional<CompositionDefinition> source;
    private final Optional<CompositionDefinition> target;

    ElementDefinitions(Optional<CompositionDefinition> source, Optional<CompositionDefinition> target) {
        this.source = source;
        this.target = target;
    }

    /** The definition of a row of {@code instance}, as the instance stands now. */
    Optional<CompositionElement> ofRow(AutomationCompositionInstance instance, InstanceElement row) {
        return targetFirst(instance.status().deployState(), row.migrationState())
                ? inTargetFirst(row.definition())
                : inSourceFirst(row.definition());
    }

    Optional<CompositionElement> inSourceFirst(ToscaIdentifier definition) {
        return in(source, definition).or(() -> in(target, definition));
    }

    Optional<CompositionElement> inTargetFirst(ToscaIdentifier definition) {
        return in(target, definition).or(() -> in(source, definition));
    }

    /** The composition the instance migrates to, if any. */
    Optional<CompositionDefinition> target() {
        return target;
    }

    static boolean targetFirst(DeployState state, MigrationState migrationState) {
        return switch (state) {
            case MIGRATING -> migrationState != MigrationState.REMOVED;
            case MIGRATION_REVERTING -> migrationState == MigrationState.NEW;
            default -> false;
        };
    }

    private static Optional<CompositionElement> in(Optional<CompositionDefinition> composition,
            ToscaIdentifier definition) {
        return composition.flatMap(found -> found.elements().stream()
                .filter(element -> element.definition().equals(definition)).findFirst());
    }
}
