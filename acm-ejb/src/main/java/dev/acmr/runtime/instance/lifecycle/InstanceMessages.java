package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.InstanceOperation;
import dev.acmr.messages.InstanceSync;
import dev.acmr.messages.OperationResult;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionElement;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.DeployState;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.domain.LockState;
import dev.acmr.runtime.participant.dispatch.Assignment;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds what participants are sent about an instance: only the elements each participant runs, each with its
 * element definition's properties and out-properties as the composition holds them.
 */
final class InstanceMessages {

    private InstanceMessages() {
    }

    /**
     * The order for the assigned replica: the listed elements, all of that replica's participant, of one start
     * phase, naming the dispatch the replica's acks are to echo.
     */
    static dev.acmr.messages.InstanceOrder order(AutomationCompositionInstance instance,
            Optional<CompositionDefinition> composition, InstanceOrder order, int startPhase,
            Assignment assignment, Collection<InstanceElement> elements,
            Map<UUID, Map<String, Object>> previousProperties) {
        List<dev.acmr.messages.InstanceElement> listed = elements.stream()
                .map(element -> element(element, composition, previousProperties.get(element.id())))
                .toList();
        ReplicaAddress replica = assignment.replica();
        return new dev.acmr.messages.InstanceOrder(UUID.randomUUID(), Instant.now(),
                replica.participantId().value(), replica.replicaId().value(), instance.id(),
                instance.compositionId().value(), InstanceOperation.valueOf(order.name()), instance.orderRevision(),
                startPhase, listed, assignment.dispatchId(), null, List.of());
    }

    /**
     * The participant's view of the instance. To every replica: {@code replica} and {@code syncId} null,
     * {@code previousRevision} the last revision sent to every replica; to one replica in a full sync: both set and
     * {@code previousRevision} 0.
     */
    static InstanceSync sync(AutomationCompositionInstance instance, Optional<CompositionDefinition> composition,
            ParticipantId participant, UUID replica, boolean deleted, long previousRevision, UUID syncId) {
        List<dev.acmr.messages.InstanceElement> elements = deleted ? List.of()
                : instance.elements().runBy(participant).stream().map(element -> element(element, composition, null))
                        .toList();
        return new InstanceSync(UUID.randomUUID(), Instant.now(), participant.value(), replica, instance.id(),
                instance.compositionId().value(), instance.name(), instance.version(), instance.revision(),
                wire(instance.status().deployState()),
                wire(instance.status().lockState()),
                OperationResult.valueOf(instance.status().stateChangeResult().name()), deleted, elements,
                previousRevision, syncId);
    }

    static dev.acmr.messages.InstanceElement element(InstanceElement element,
            Optional<CompositionDefinition> composition, Map<String, Object> previousProperties) {
        Optional<CompositionElement> definition = composition.flatMap(found -> definitionOf(found,
                element.definition()));
        return new dev.acmr.messages.InstanceElement(element.id(), element.definition().name(),
                element.definition().version(), element.startPhase(),
                definition.map(CompositionElement::properties).orElse(Map.of()),
                definition.map(CompositionElement::outProperties).orElse(Map.of()),
                element.properties(), element.outProperties(), previousProperties,
                wire(element.deployState()),
                wire(element.lockState()),
                element.useState().orElse(null), element.operationalState().orElse(null));
    }

    private static Optional<CompositionElement> definitionOf(CompositionDefinition composition,
            ToscaIdentifier definition) {
        return composition.elements().stream().filter(element -> element.definition().equals(definition))
                .findFirst();
    }

    // The states exist once per layer (domain, wire, participant API) with the same constants; they meet here and
    // nowhere else in the runtime (InstanceMessagesTest maps every constant both ways).

    static ElementDeployState wire(DeployState state) {
        return ElementDeployState.valueOf(state.name());
    }

    static ElementLockState wire(LockState state) {
        return ElementLockState.valueOf(state.name());
    }

    static DeployState domain(ElementDeployState state) {
        return DeployState.valueOf(state.name());
    }

    static LockState domain(ElementLockState state) {
        return LockState.valueOf(state.name());
    }
}
