package dev.acmr.participant.adapter.view;

import dev.acmr.messages.ElementChange;
import dev.acmr.messages.InstanceElement;
import dev.acmr.messages.InstanceOrder;
import dev.acmr.messages.InstanceSync;
import dev.acmr.participant.adapter.mapping.WireStates;
import dev.acmr.participant.models.concepts.AutomationComposition;
import dev.acmr.participant.models.concepts.AutomationCompositionElement;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.MigrationState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.concepts.SubState;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One instance as this replica holds it: its states (the participant API's, mapped from the runtime's syncs and
 * orders) and this participant's elements. Immutable, as
 * {@link ViewComposition}: a change makes a new one, so a reader never sees half of it.
 *
 * @param revision the runtime's revision the content comes from: a sync's, or an order's
 * @param confirmed false while the content comes from this replica's own order (or reports on it); the runtime's
 *     sync at that same revision still applies, an older one never does
 * @param compositionTargetId the composition a running migration (or its revert) moves between, else null
 * @param subState the sub operation the instance runs (prepare, review), NONE when it runs none
 */
public record ViewInstance(UUID instanceId, UUID compositionId, String name, String version, long revision,
        boolean confirmed, DeployState deployState, LockState lockState, StateChangeResult stateChangeResult,
        Map<UUID, ViewInstanceElement> elements, UUID compositionTargetId, SubState subState) implements Revisioned {

    public ViewInstance {
        elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
        subState = subState == null ? SubState.NONE : subState;
    }

    static ViewInstance of(InstanceSync sync) {
        SubState subState = WireStates.toApi(sync.subState());
        Map<UUID, ViewInstanceElement> elements = new LinkedHashMap<>();
        sync.elements().stream().filter(element -> element.elementId() != null)
                .forEach(element -> elements.put(element.elementId(), ViewInstanceElement.of(element, subState)));
        return new ViewInstance(sync.instanceId(), sync.compositionId(), sync.name(), sync.version(),
                sync.revision(), true, WireStates.toApi(sync.deployState()), WireStates.toApi(sync.lockState()),
                WireStates.toApi(sync.stateChangeResult()), elements, sync.compositionTargetId(), subState);
    }

    /**
     * What an order makes of {@code held} (null if nothing is held): its elements replaced by the order's (the
     * runtime's latest word on them, new properties of an update included), the others kept, the instance in the
     * order's transitional state, as the runtime sets it when it sends the order. A migration or its revert puts
     * each changed element's {@code after} in place (added ones included) and marks the ones it removes REMOVED:
     * they stay until the participant reports them deleted. A migration precheck is not for this method: it changes
     * nothing a replica holds ({@link InstanceView#holdOrdered}).
     */
    static ViewInstance ordered(ViewInstance held, InstanceOrder order) {
        SubState subState = switch (order.operation()) {
            case PREPARE -> SubState.PREPARING;
            case REVIEW -> SubState.REVIEWING;
            default -> SubState.NONE;
        };
        Map<UUID, ViewInstanceElement> elements = new LinkedHashMap<>(held == null ? Map.of() : held.elements);
        order.elements().stream().filter(element -> element.elementId() != null)
                .forEach(element -> elements.put(element.elementId(), ViewInstanceElement.of(element, subState)));
        order.changes().forEach(change -> applyChange(elements, change));
        DeployState deploy = held == null ? null : held.deployState;
        LockState lock = held == null ? null : held.lockState;
        UUID target = held == null ? null : held.compositionTargetId;
        switch (order.operation()) {
            case DEPLOY -> deploy = DeployState.DEPLOYING;
            case UNDEPLOY -> deploy = DeployState.UNDEPLOYING;
            case DELETE -> deploy = DeployState.DELETING;
            case UPDATE -> deploy = DeployState.UPDATING;
            case UPDATE_REVERT -> deploy = DeployState.UPDATE_REVERTING;
            case LOCK -> lock = LockState.LOCKING;
            case UNLOCK -> lock = LockState.UNLOCKING;
            case MIGRATE -> {
                deploy = DeployState.MIGRATING;
                target = order.compositionTargetId();
            }
            case MIGRATION_REVERT -> {
                deploy = DeployState.MIGRATION_REVERTING;
                target = order.compositionTargetId();
            }
            case PREPARE -> deploy = DeployState.UNDEPLOYED;
            case REVIEW -> deploy = DeployState.DEPLOYED;
            case MIGRATE_PRECHECK -> {
                // no state of its own on a participant (see the method's comment)
            }
        }
        return new ViewInstance(order.instanceId(), order.compositionId(), held == null ? null : held.name,
                held == null ? null : held.version, order.revision(), false, deploy, lock, StateChangeResult.NO_ERROR,
                elements, target, subState);
    }

    private static void applyChange(Map<UUID, ViewInstanceElement> elements, ElementChange change) {
        InstanceElement side = change.after() != null ? change.after() : change.before();
        UUID id = change.elementId() != null ? change.elementId() : side == null ? null : side.elementId();
        if (id == null || side == null) {
            return;
        }
        if (change.after() != null) {
            ViewInstanceElement after = ViewInstanceElement.of(change.after(), SubState.NONE);
            // An older runtime may not mark the element: what the change says of it is enough.
            elements.put(id, after.migrationState() != null ? after
                    : after.withMigrationState(change.before() == null ? MigrationState.NEW : MigrationState.DEFAULT));
        } else {
            ViewInstanceElement leaving = elements.getOrDefault(id, ViewInstanceElement.of(change.before(),
                    SubState.NONE));
            elements.put(id, leaving.withMigrationState(MigrationState.REMOVED));
        }
    }

    /** Whether a sync at {@code syncRevision} carries newer news than this content. */
    @Override
    public boolean isOlderThan(long syncRevision) {
        return syncRevision > revision || (!confirmed && syncRevision == revision);
    }

    /** This instance with one element changed; then the instance's state is the elements' when they all agree. */
    ViewInstance withElement(UUID elementId, UnaryOperator<ViewInstanceElement> change) {
        Map<UUID, ViewInstanceElement> changed = new LinkedHashMap<>(elements);
        changed.computeIfPresent(elementId, (id, element) -> change.apply(element));
        return new ViewInstance(instanceId, compositionId, name, version, revision, confirmed,
                common(changed, ViewInstanceElement::deployState, deployState),
                common(changed, ViewInstanceElement::lockState, lockState), stateChangeResult, changed,
                compositionTargetId, changed.values().stream().allMatch(element -> element.subState() == SubState.NONE)
                        ? SubState.NONE : subState);
    }

    ViewInstance withoutElement(UUID elementId) {
        Map<UUID, ViewInstanceElement> changed = new LinkedHashMap<>(elements);
        changed.remove(elementId);
        return new ViewInstance(instanceId, compositionId, name, version, revision, confirmed, deployState,
                lockState, stateChangeResult, changed, compositionTargetId, subState);
    }

    ViewInstance withResult(StateChangeResult result) {
        return new ViewInstance(instanceId, compositionId, name, version, revision, confirmed, deployState,
                lockState, result, elements, compositionTargetId, subState);
    }

    private static <T> T common(Map<UUID, ViewInstanceElement> elements,
            Function<ViewInstanceElement, T> state, T otherwise) {
        List<T> states = elements.values().stream().map(state).distinct().toList();
        return states.size() == 1 && states.get(0) != null ? states.get(0) : otherwise;
    }

    /**
     * What the participant sees, as ONAP's AutomationComposition: a fresh deep copy (a state not known yet keeps
     * ONAP's default). revisionId is derived from the instance and the revision
     * held, so every replica holding the same revision shows the same one. The instance's description, lastMsg and
     * phase are not part of what the runtime syncs to participants and stay null.
     */
    AutomationComposition toModel(UUID participantId) {
        AutomationComposition model = new AutomationComposition();
        model.setInstanceId(instanceId);
        model.setCompositionId(compositionId);
        model.setCompositionTargetId(compositionTargetId);
        model.setSubState(subState);
        model.setName(name);
        model.setVersion(version);
        model.setRevisionId(UUID.nameUUIDFromBytes((instanceId + ":" + revision).getBytes(StandardCharsets.UTF_8)));
        if (deployState != null) {
            model.setDeployState(deployState);
        }
        if (lockState != null) {
            model.setLockState(lockState);
        }
        if (stateChangeResult != null) {
            model.setStateChangeResult(stateChangeResult);
        }
        Map<UUID, AutomationCompositionElement> models = new LinkedHashMap<>();
        elements.forEach((id, element) -> models.put(id, element.toModel(participantId)));
        model.setElements(models);
        return model;
    }
}
