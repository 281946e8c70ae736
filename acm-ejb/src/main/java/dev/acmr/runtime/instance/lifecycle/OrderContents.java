package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.messages.InstanceOperation;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.domain.PrecheckPlan;
import dev.acmr.runtime.instance.domain.SnapshotElement;
import dev.acmr.runtime.instance.domain.SnapshotPurpose;
import dev.acmr.runtime.instance.repository.InstanceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads what an instance order's messages are built from ({@link OrderContent}): the compositions, the rollback
 * snapshot of the running change and a precheck's plan, from the database, in the caller's transaction.
 */
@ApplicationScoped
class OrderContents {

    @Inject
    private InstanceRepository instances;

    @Inject
    private CompositionRepository compositions;

    /**
     * What the running order's messages are built from, read now: a failover of a message rebuilds the same one.
     * An update or its revert sends the rollback snapshot's properties as the previous ones, unless the caller
     * has them at hand.
     */
    OrderContent contentOf(AutomationCompositionInstance instance, InstanceOrder order,
            Map<UUID, Map<String, Object>> previousProperties) {
        InstanceOperation operation = InstanceMessages.operationOf(order, instance.status().deployState());
        Optional<PrecheckPlan> plan = operation == InstanceOperation.MIGRATE_PRECHECK
                ? instances.precheckOf(instance.id()) : Optional.empty();
        Optional<CompositionId> target = plan.map(PrecheckPlan::compositionTargetId)
                .or(instance::compositionTargetId);
        Optional<SnapshotPurpose> beforeOf = switch (operation) {
            case MIGRATE -> Optional.of(SnapshotPurpose.MIGRATE);
            case UPDATE -> Optional.of(SnapshotPurpose.UPDATE);
            case MIGRATION_REVERT, UPDATE_REVERT -> Optional.of(SnapshotPurpose.ROLLBACK);
            default -> Optional.empty();
        };
        Map<UUID, SnapshotElement> before = beforeOf.flatMap(purpose -> instances.snapshotOf(instance.id())
                .filter(snapshot -> snapshot.takenFor() == purpose))
                .map(snapshot -> OrderContent.byId(snapshot.elements())).orElse(Map.of());
        Map<UUID, Map<String, Object>> previous = previousProperties;
        if (previous.isEmpty() && (operation == InstanceOperation.UPDATE
                || operation == InstanceOperation.UPDATE_REVERT)) {
            previous = new LinkedHashMap<>();
            for (SnapshotElement element : before.values()) {
                previous.put(element.id(), element.properties());
            }
        }
        return new OrderContent(instance, operation, definitionsOf(instance, target), target, before,
                OrderContent.wouldBe(plan), previous);
    }

    /** The compositions defining the instance's elements: its own, and the one it migrates to if any. */
    ElementDefinitions definitionsOf(AutomationCompositionInstance instance) {
        return definitionsOf(instance, Optional.empty());
    }

    private ElementDefinitions definitionsOf(AutomationCompositionInstance instance, Optional<CompositionId> target) {
        Optional<CompositionId> targetId = target.or(instance::compositionTargetId);
        return new ElementDefinitions(compositions.find(instance.compositionId()),
                targetId.flatMap(compositions::find));
    }
}
