package dev.acmr.participant.adapter.view;

import dev.acmr.messages.InstanceElement;
import dev.acmr.messages.InstanceOrder;
import dev.acmr.messages.InstanceSync;
import dev.acmr.participant.adapter.mapping.WireStates;
import dev.acmr.participant.models.concepts.AutomationComposition;
import dev.acmr.participant.models.concepts.AutomationCompositionElement;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.StateChangeResult;
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
 */
public record ViewInstance(UUID instanceId, UUID compositionId, String name, String version, long revision,
        boolean confirmed, DeployState deployState, LockState lockState, StateChangeResult stateChangeResult,
        Map<UUID, ViewInstanceElement> elements) implements Revisioned {

    public ViewInstance {
        elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
    }

    static ViewInstance of(InstanceSync sync) {
        return new ViewInstance(sync.instanceId(), sync.compositionId(), sync.name(), sync.version(),
                sync.revision(), true, WireStates.toApi(sync.deployState()), WireStates.toApi(sync.lockState()),
                WireStates.toApi(sync.stateChangeResult()), byId(sync.elements()));
    }

    /**
     * What an order makes of {@code held} (null if nothing is held): its elements replaced by the order's (the
     * runtime's latest word on them, new properties of an update included), the others kept, the instance in the
     * order's transitional state, as the runtime sets it when it sends the order.
     */
    static ViewInstance ordered(ViewInstance held, InstanceOrder order) {
        Map<UUID, ViewInstanceElement> elements = new LinkedHashMap<>(held == null ? Map.of() : held.elements);
        elements.putAll(byId(order.elements()));
        DeployState deploy = held == null ? null : held.deployState;
        LockState lock = held == null ? null : held.lockState;
        switch (order.operation()) {
            case DEPLOY -> deploy = DeployState.DEPLOYING;
            case UNDEPLOY -> deploy = DeployState.UNDEPLOYING;
            case DELETE -> deploy = DeployState.DELETING;
            case UPDATE -> deploy = DeployState.UPDATING;
            case LOCK -> lock = LockState.LOCKING;
            case UNLOCK -> lock = LockState.UNLOCKING;
        }
        return new ViewInstance(order.instanceId(), order.compositionId(), held == null ? null : held.name,
                held == null ? null : held.version, order.revision(), false, deploy, lock, StateChangeResult.NO_ERROR,
                elements);
    }

    private static Map<UUID, ViewInstanceElement> byId(List<InstanceElement> elements) {
        Map<UUID, ViewInstanceElement> byId = new LinkedHashMap<>();
        elements.stream().filter(element -> element.elementId() != null)
                .forEach(element -> byId.put(element.elementId(), ViewInstanceElement.of(element)));
        return byId;
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
                common(changed, ViewInstanceElement::lockState, lockState), stateChangeResult, changed);
    }

    ViewInstance withoutElement(UUID elementId) {
        Map<UUID, ViewInstanceElement> changed = new LinkedHashMap<>(elements);
        changed.remove(elementId);
        return new ViewInstance(instanceId, compositionId, name, version, revision, confirmed, deployState,
                lockState, stateChangeResult, changed);
    }

    ViewInstance withResult(StateChangeResult result) {
        return new ViewInstance(instanceId, compositionId, name, version, revision, confirmed, deployState,
                lockState, result, elements);
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
