package dev.acmr.participant.adapter.view;

import dev.acmr.messages.InstanceOperation;
import dev.acmr.messages.InstanceOrder;
import dev.acmr.messages.InstanceSync;
import dev.acmr.participant.models.base.PropertyMaps;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.concepts.SubState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The instances this replica holds, kept in step with the runtime by revision exactly as {@link CompositionView}
 * keeps compositions: a sync applies only if newer than what is held, a delete is remembered with its revision, and
 * this replica's own orders and reports apply at once (the participant reads them back before the runtime's sync
 * arrives), unconfirmed until the sync at their revision.
 *
 * <p>Writes are serialized by this object's lock; reads take the current immutable {@link ViewInstance}.
 */
public final class InstanceView extends RevisionedView<ViewInstance> {


    /** Applies a sync if it is newer than what is held; true if it changed the view. */
    public synchronized boolean apply(InstanceSync sync) {
        UUID id = sync.instanceId();
        if (id == null || !entries.acceptsSync(id, sync.revision())) {
            return false;
        }
        if (sync.deleted()) {
            entries.delete(id, sync.revision());
        } else {
            entries.put(id, ViewInstance.of(sync), sync.writtenIn());
        }
        return true;
    }

    /**
     * Holds what an order this replica is about to run says of the instance, unless what is held is newer (a stale
     * order: the listener still gets the order's own elements). Unconfirmed until the runtime's sync. A migration
     * precheck is never held: it asks whether a migration would work and changes nothing, and a participant that
     * only the migration would bring in must not come to hold an instance the runtime never syncs to it.
     *
     * @return true if the view now holds the order's elements
     */
    public synchronized boolean holdOrdered(InstanceOrder order) {
        UUID id = order.instanceId();
        if (order.operation() == InstanceOperation.MIGRATE_PRECHECK || !entries.acceptsOrder(id, order.revision())) {
            return false;
        }
        entries.put(id, ViewInstance.ordered(entries.get(id).orElse(null), order));
        return true;
    }

    /**
     * Takes into account a final state the participant reported, as ONAP's intermediary does: NO_ERROR sets the
     * element's state (DEPLOYED locks an element that had no lock state, UNDEPLOYED clears it) and DELETED removes
     * the element, and the instance with its last element. FAILED changes no state, because the runtime keeps the
     * order's transitional state with FAILED too; it only marks the instance FAILED. NO_ERROR ending a sub operation
     * (prepare, review) ends the element's sub state and leaves its deploy state as it was. Use state, operational
     * state and out-properties given with the report apply either way.
     *
     * @return false if the instance or element is not held (nothing changed)
     */
    public synchronized boolean reported(UUID instanceId, UUID elementId, DeployState deploy, LockState lock,
            StateChangeResult result, String useState, String operationalState,
            Map<String, Object> outProperties) {
        ViewInstance current = entries.get(instanceId).orElse(null);
        if (current == null || !current.elements().containsKey(elementId)) {
            return false;
        }
        ViewInstance changed = current.withElement(elementId,
                element -> element.withInfo(useState, operationalState, outProperties));
        if (result != StateChangeResult.NO_ERROR) {
            entries.put(instanceId, changed.withResult(result));
        } else if (deploy == DeployState.DELETED) {
            remove(changed.withoutElement(elementId));
        } else if (changed.elements().get(elementId).subState() != SubState.NONE) {
            entries.put(instanceId, changed.withElement(elementId, element -> element.withSubState(SubState.NONE)));
        } else {
            entries.put(instanceId, changed.withElement(elementId, element -> element.withStates(
                    deploy != null ? deploy : element.deployState(), lockAfter(element, deploy, lock))));
        }
        return true;
    }

    private static LockState lockAfter(ViewInstanceElement element, DeployState deploy, LockState lock) {
        if (lock != null) {
            return lock;
        }
        if (deploy == DeployState.UNDEPLOYED) {
            return LockState.NONE;
        }
        boolean unset = element.lockState() == null || element.lockState() == LockState.NONE;
        return deploy == DeployState.DEPLOYED && unset ? LockState.LOCKED : element.lockState();
    }

    private void remove(ViewInstance instance) {
        if (instance.elements().isEmpty()) {
            entries.delete(instance.instanceId(), instance.revision());
        } else {
            entries.put(instance.instanceId(), instance);
        }
    }

    /**
     * Takes into account that an element finished a stage and runs {@code nextStage} next, with its use state,
     * operational state and out-properties if given (nulls keep them); the revision stays.
     *
     * @return false if the instance or element is not held (nothing changed)
     */
    public synchronized boolean stageReported(UUID instanceId, UUID elementId, int nextStage, String useState,
            String operationalState, Map<String, Object> outProperties) {
        ViewInstance current = entries.get(instanceId).orElse(null);
        if (current == null || elementId == null || !current.elements().containsKey(elementId)) {
            return false;
        }
        entries.put(instanceId, current.withElement(elementId, element -> element
                .withInfo(useState, operationalState, outProperties == null ? null : PropertyMaps.copy(outProperties))
                .withStage(nextStage)));
        return true;
    }

    /**
     * Replaces an element's use state, operational state and out-properties at once (nulls for the states keep
     * them); the revision stays, so the runtime's sync still applies.
     *
     * @throws IllegalArgumentException if the instance or element is not held
     */
    public synchronized void putInfo(UUID instanceId, UUID elementId, String useState, String operationalState,
            Map<String, Object> outProperties) {
        ViewInstance current = entries.get(instanceId).orElse(null);
        if (current == null) {
            throw new IllegalArgumentException("instance " + instanceId + " is not held by this participant");
        }
        if (elementId == null || !current.elements().containsKey(elementId)) {
            throw new IllegalArgumentException("instance " + instanceId + " has no element " + elementId
                    + " of this participant; it has " + current.elements().keySet());
        }
        entries.put(instanceId, current.withElement(elementId,
                element -> element.withInfo(useState, operationalState, PropertyMaps.copy(outProperties))));
    }

    public Optional<ViewInstance> get(UUID id) {
        return entries.get(id);
    }

    /** Every instance held, as fresh copies. */
    public List<ViewInstance> all() {
        return List.copyOf(entries.values());
    }

    public Optional<ViewInstanceElement> element(UUID instanceId, UUID elementId) {
        return get(instanceId).map(instance -> elementId == null ? null : instance.elements().get(elementId));
    }
}
