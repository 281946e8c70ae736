package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.messages.InstanceOperation;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.PrecheckPlan;
import dev.acmr.runtime.instance.domain.SnapshotElement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything the messages of the order running on an instance are built from, read from the database for each
 * message so that a failover rebuilds the same one: the instance's rows (the "after" of a change), the rollback
 * snapshot's elements (its "before"), a precheck's would-be elements, and the compositions that define them.
 *
 * @param operation what the participants are asked to do
 * @param definitions the source and target compositions
 * @param compositionTargetId the composition migrated to (or prechecked); empty outside migrations
 * @param before the rollback snapshot's elements by id (empty when the operation needs none)
 * @param wouldBe a migrate precheck's would-be elements (empty otherwise)
 * @param previousProperties for an update or its revert, the properties the elements had before it, by element id
 */
record OrderContent(AutomationCompositionInstance instance, InstanceOperation operation,
        ElementDefinitions definitions, Optional<CompositionId> compositionTargetId,
        Map<UUID, SnapshotElement> before, List<SnapshotElement> wouldBe,
        Map<UUID, Map<String, Object>> previousProperties) {

    OrderContent {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(operation, "operation");
        before = Map.copyOf(before);
        wouldBe = List.copyOf(wouldBe);
        previousProperties = Map.copyOf(previousProperties);
    }

    /** The snapshot's elements by id, as {@code before} takes them. */
    static Map<UUID, SnapshotElement> byId(List<SnapshotElement> elements) {
        Map<UUID, SnapshotElement> byId = new LinkedHashMap<>();
        elements.forEach(element -> byId.put(element.id(), element));
        return byId;
    }

    /** A precheck's would-be elements, when one runs. */
    static List<SnapshotElement> wouldBe(Optional<PrecheckPlan> plan) {
        return plan.map(PrecheckPlan::wouldBe).orElse(List.of());
    }

    /** Whether the operation carries its elements as before/after changes rather than as elements. */
    boolean carriesChanges() {
        return operation == InstanceOperation.MIGRATE || operation == InstanceOperation.MIGRATE_PRECHECK
                || operation == InstanceOperation.MIGRATION_REVERT;
    }
}
