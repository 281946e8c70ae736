package dev.acmr.participant.api;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a participant calls, as ONAP's ParticipantIntermediaryApi: report results, push out-properties, and read the
 * participant's view of compositions and instances. The view is the same on every replica of the participant.
 */
public interface ParticipantIntermediaryApi {

    /** Reports the final state of one element after a deploy, undeploy, lock, unlock, delete, update or migrate. */
    void updateAutomationCompositionElementState(ElementStateDto state);

    /** The older six-argument form ONAP still accepts. */
    default void updateAutomationCompositionElementState(UUID instanceId, UUID elementId, DeployState deployState,
            LockState lockState, StateChangeResult result, String message) {
        updateAutomationCompositionElementState(
                new ElementStateDto(instanceId, elementId, deployState, lockState, result, message, null, null, null));
    }

    /** Reports that an element finished a stage of a migrate or prepare and which stage comes next. */
    void updateAutomationCompositionElementStage(UUID instanceId, UUID elementId, StateChangeResult result,
            int nextStage, String message);

    /** Reports the outcome of prime (PRIMED) or deprime (COMMISSIONED) of a composition. */
    void updateCompositionState(UUID compositionId, AcTypeState state, StateChangeResult result, String message);

    /** Pushes an element's use state, operational state and out-properties. */
    void sendAcElementInfo(UUID instanceId, UUID elementId, String useState, String operationalState,
            Map<String, Object> outProperties);

    /** Pushes the out-properties of a composition element definition. */
    void sendAcDefinitionInfo(UUID compositionId, ToscaConceptIdentifier elementDefinitionId,
            Map<String, Object> outProperties);

    /** Every instance this participant holds, by instance id. */
    Map<UUID, AutomationCompositionDto> getAutomationCompositions();

    Optional<AutomationCompositionDto> getAutomationComposition(UUID instanceId);

    Optional<InstanceElementDto> getInstanceElementDto(UUID instanceId, UUID elementId);

    /** Every primed composition this participant holds, by composition id. */
    Map<UUID, CompositionDto> findCompositions();

    Optional<CompositionDto> getComposition(UUID compositionId);
}
