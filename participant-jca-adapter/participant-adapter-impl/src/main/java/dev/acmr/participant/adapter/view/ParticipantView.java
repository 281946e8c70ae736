package dev.acmr.participant.adapter.view;

import dev.acmr.participant.models.concepts.AutomationComposition;
import dev.acmr.participant.models.concepts.AutomationCompositionElement;
import dev.acmr.participant.models.concepts.AutomationCompositionElementDefinition;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.ElementState;
import dev.acmr.participant.models.dto.InstanceElementDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * This replica's copy of the compositions and instances its participant holds, served by the read methods of the
 * intermediary API with ONAP's return conventions (null, empty, or a NOT_PRESENT DTO when nothing is found).
 * Compositions ({@link CompositionView}) and instances ({@link InstanceView}) are kept in step by the runtime's
 * revision-ordered syncs, so every replica answers the same. Readers get deep copies, so a later update never
 * changes what a caller holds, and a caller writing into what it got never changes the view.
 */
public final class ParticipantView {

    private final UUID participantId;
    private final InstanceView instances = new InstanceView();
    private final CompositionView compositions = new CompositionView();

    /** @param participantId the participant the elements belong to, as the instance elements show it */
    public ParticipantView(UUID participantId) {
        this.participantId = participantId;
    }

    public Map<UUID, AutomationComposition> automationCompositions() {
        Map<UUID, AutomationComposition> all = new LinkedHashMap<>();
        instances.all().forEach(instance -> all.put(instance.instanceId(), instance.toModel(participantId)));
        return all;
    }

    /** The instance, or null. */
    public AutomationComposition automationComposition(UUID instanceId) {
        return instances.get(instanceId).map(instance -> instance.toModel(participantId)).orElse(null);
    }

    /** The instances matching every non-empty filter; a null filter filters nothing. */
    public List<AutomationComposition> findAutomationCompositions(List<UUID> instanceIds,
            List<DeployState> deployStates, List<StateChangeResult> stateChangeResults) {
        return automationCompositions().values().stream()
                .filter(instance -> matches(instanceIds, instance.getInstanceId()))
                .filter(instance -> matches(deployStates, instance.getDeployState()))
                .filter(instance -> matches(stateChangeResults, instance.getStateChangeResult()))
                .toList();
    }

    private static <T> boolean matches(List<T> wanted, T value) {
        return wanted == null || wanted.isEmpty() || wanted.contains(value);
    }

    /** The element, or null. */
    public AutomationCompositionElement automationCompositionElement(UUID instanceId, UUID elementId) {
        return instances.element(instanceId, elementId).map(element -> element.toModel(participantId)).orElse(null);
    }

    /** The element as a listener gets it; NOT_PRESENT with empty maps if not held. */
    public InstanceElementDto instanceElementDto(UUID instanceId, UUID elementId) {
        return instances.element(instanceId, elementId).map(element -> element.toDto(instanceId))
                .orElseGet(() -> new InstanceElementDto(instanceId, elementId, new LinkedHashMap<>(),
                        new LinkedHashMap<>(), ElementState.NOT_PRESENT));
    }

    public Map<UUID, Map<ToscaConceptIdentifier, AutomationCompositionElementDefinition>> acElementsDefinitions() {
        Map<UUID, Map<ToscaConceptIdentifier, AutomationCompositionElementDefinition>> all = new LinkedHashMap<>();
        compositions.all().forEach(composition -> all.put(composition.compositionId(), composition.toDefinitions()));
        return all;
    }

    /** The element definitions of a composition; empty if not held. */
    public Map<ToscaConceptIdentifier, AutomationCompositionElementDefinition> acElementsDefinitions(
            UUID compositionId) {
        return compositions.get(compositionId).map(ViewComposition::toDefinitions)
                .orElseGet(LinkedHashMap::new);
    }

    /** The element definition, or null. */
    public AutomationCompositionElementDefinition acElementDefinition(UUID compositionId,
            ToscaConceptIdentifier elementId) {
        return acElementsDefinitions(compositionId).get(elementId);
    }

    /** The element definition as a listener gets it; NOT_PRESENT with empty maps if not held. */
    public CompositionElementDto compositionElementDto(UUID compositionId, ToscaConceptIdentifier elementId) {
        AutomationCompositionElementDefinition definition = acElementDefinition(compositionId, elementId);
        if (definition == null) {
            return new CompositionElementDto(compositionId, elementId, new LinkedHashMap<>(), new LinkedHashMap<>(),
                    ElementState.NOT_PRESENT);
        }
        return new CompositionElementDto(compositionId, elementId,
                definition.getAutomationCompositionElementToscaNodeTemplate().getProperties(),
                definition.getOutProperties());
    }

    public List<CompositionDto> compositions() {
        return compositions.all().stream().map(ViewComposition::toDto).toList();
    }

    /** The composition, or null. */
    public CompositionDto composition(UUID compositionId) {
        return compositions.get(compositionId).map(ViewComposition::toDto).orElse(null);
    }

    /** The compositions with their states and revisions, for the session's handlers. */
    public CompositionView compositionView() {
        return compositions;
    }

    /** The instances with their states and revisions, for the session's handlers. */
    public InstanceView instanceView() {
        return instances;
    }
}
