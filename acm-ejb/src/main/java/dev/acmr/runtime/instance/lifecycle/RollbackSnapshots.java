package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.runtime.composition.application.CompositionNotFoundException;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.instance.application.InstanceDraft;
import dev.acmr.runtime.instance.application.InstanceDraftCheck;
import dev.acmr.runtime.instance.application.InstanceNotFoundException;
import dev.acmr.runtime.instance.application.InstanceRejectedException;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.RollbackSnapshot;
import dev.acmr.runtime.instance.domain.SnapshotElement;
import dev.acmr.runtime.instance.domain.SnapshotPurpose;
import dev.acmr.runtime.instance.repository.InstanceRepository;
import java.time.Instant;
import java.util.List;

/**
 * The "before" of the change an accepted order applies to an instance's rows, kept in its one
 * {@link RollbackSnapshot}: saved before an update of a DEPLOYED instance or a migration, and swapped with the rows
 * by a rollback. Runs in the accepting transaction, on the locked instance row.
 */
final class RollbackSnapshots {

    private final InstanceRepository instances;
    private final CompositionRepository compositions;

    RollbackSnapshots(InstanceRepository instances, CompositionRepository compositions) {
        this.instances = instances;
        this.compositions = compositions;
    }

    /** Keeps the elements as they are now, replacing the last change's snapshot (one per instance). */
    void save(AutomationCompositionInstance instance, SnapshotPurpose purpose, Instant now) {
        List<SnapshotElement> before = instance.migration().snapshotElements();
        RollbackSnapshot snapshot = instances.snapshotOf(instance.id()).orElse(null);
        if (snapshot == null) {
            snapshot = new RollbackSnapshot(instance.id(), instance.compositionId(), purpose, before, now);
        } else {
            snapshot.retake(instance.compositionId(), purpose, before, now);
        }
        instances.saveSnapshot(snapshot);
    }

    /**
     * For a rollback: the elements the snapshot kept, which the rows go back to; the failed state of the rows becomes
     * the snapshot, the "before" of the revert.
     *
     * @throws InstanceNotFoundException if the instance has no snapshot
     * @throws InstanceRejectedException if the snapshot no longer fits the instance's composition
     */
    List<SnapshotElement> swapForRollback(AutomationCompositionInstance instance, Instant now) {
        RollbackSnapshot snapshot = instances.snapshotOf(instance.id())
                .orElseThrow(InstanceNotFoundException::forRollback);
        List<SnapshotElement> before = snapshot.elements();
        CompositionDefinition source = compositions.find(instance.compositionId())
                .orElseThrow(() -> new CompositionNotFoundException(instance.compositionId().toString()));
        InstanceDraftCheck.elementRefusal(before.stream().map(element -> new InstanceDraft.Element(element.id(),
                element.definition(), element.description(), element.properties())).toList(),
                source.elementDefinitions()).ifPresent(refusal -> {
                    throw new InstanceRejectedException(refusal);
                });
        snapshot.retake(instance.compositionId(), SnapshotPurpose.ROLLBACK, instance.migration().snapshotElements(),
                now);
        instances.saveSnapshot(snapshot);
        return before;
    }
}
