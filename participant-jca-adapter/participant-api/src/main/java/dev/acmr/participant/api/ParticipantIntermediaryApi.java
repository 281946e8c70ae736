package dev.acmr.participant.api;

import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.concepts.AutomationComposition;
import dev.acmr.participant.models.concepts.AutomationCompositionElement;
import dev.acmr.participant.models.concepts.AutomationCompositionElementDefinition;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.InstanceElementDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a participant calls, as ONAP's ParticipantIntermediaryApi, method for method: report outcomes, push
 * out-properties, and read the compositions and instances its participant holds.
 *
 * <p>Reads come from this replica's view, which the runtime keeps the same on every replica of the participant; they
 * return deep copies. As in ONAP, a single read that finds nothing answers null ({@code getAutomationComposition},
 * {@code getAutomationCompositionElement}, {@code getAcElementDefinition}, {@code getComposition}), an empty map
 * ({@code getAcElementsDefinitions(UUID)}), or a DTO whose state is {@code NOT_PRESENT}
 * ({@code getInstanceElementDto}, {@code getCompositionElementDto}).
 */
public interface ParticipantIntermediaryApi {

    /** Reports an element's final state; no out-properties (those held stay). */
    void updateAutomationCompositionElementState(UUID instance, UUID elementId, DeployState deployState,
            LockState lockState, StateChangeResult stateChangeResult, String message);

    /** Reports an element's final state with, optionally, use state, operational state and out-properties. */
    void updateAutomationCompositionElementState(ElementStateDto elementStateDto);

    /** Reports that an element is deleted (DELETED, NO_ERROR): it leaves the view, and the instance with its last. */
    void deleteAutomationCompositionElementState(UUID instance, UUID elementId);

    /** Reports that an element finished a stage of a migrate, prepare or rollback and which stage comes next. */
    void updateAutomationCompositionElementStage(UUID instance, UUID elementId, StateChangeResult stateChangeResult,
            int stage, String message);

    /** As above, with use state, operational state and out-properties. */
    void updateAutomationCompositionElementStage(ElementStageDto elementStageDto);

    /** Every instance this participant holds, by instance id. */
    Map<UUID, AutomationComposition> getAutomationCompositions();

    /** One instance, or null. */
    AutomationComposition getAutomationComposition(UUID instanceId);

    /** The instances matching every non-empty filter (an empty list filters nothing). */
    List<AutomationComposition> findAutomationCompositions(List<UUID> instanceIds, List<DeployState> deployStates,
            List<StateChangeResult> stateChangeResults);

    /** One element of an instance, or null. */
    AutomationCompositionElement getAutomationCompositionElement(UUID instanceId, UUID elementId);

    /** One element of an instance as a listener gets it; NOT_PRESENT with empty maps if not held. */
    InstanceElementDto getInstanceElementDto(UUID instanceId, UUID elementId);

    /** Every element definition of every primed composition, by composition id then element definition id. */
    Map<UUID, Map<ToscaConceptIdentifier, AutomationCompositionElementDefinition>> getAcElementsDefinitions();

    /** The element definitions of one composition; empty if not held. */
    Map<ToscaConceptIdentifier, AutomationCompositionElementDefinition> getAcElementsDefinitions(UUID compositionId);

    /** One element definition, or null. */
    AutomationCompositionElementDefinition getAcElementDefinition(UUID compositionId, ToscaConceptIdentifier elementId);

    /** One element definition as a listener gets it; NOT_PRESENT with empty maps if not held. */
    CompositionElementDto getCompositionElementDto(UUID compositionId, ToscaConceptIdentifier elementId);

    /** Every primed composition this participant holds. */
    List<CompositionDto> findCompositions();

    /** One composition, or null. */
    CompositionDto getComposition(UUID compositionId);

    /** Pushes an element's use state, operational state and out-properties to the runtime and every replica. */
    void sendAcElementInfo(UUID instanceId, UUID elementId, String useState, String operationalState,
            Map<String, Object> outProperties);

    /** Pushes an element definition's out-properties (null id: the only element) to the runtime and every replica. */
    void sendAcDefinitionInfo(UUID compositionId, ToscaConceptIdentifier elementId, Map<String, Object> outProperties);

    /** Reports the outcome of prime (PRIMED) or deprime (COMMISSIONED). */
    void updateCompositionState(UUID compositionId, AcTypeState state, StateChangeResult stateChangeResult,
            String message);

    /** As above, with the out-properties of each element definition, stored by the runtime with the outcome. */
    void updateCompositionState(UUID compositionId, AcTypeState state, StateChangeResult stateChangeResult,
            String message, Map<ToscaConceptIdentifier, Map<String, Object>> outPropertiesMap);

    /** The next migrate stage after {@code lastStage} by the target definition's stages; lastStage when done. */
    int getMigrateNextStage(CompositionElementDto compositionElementTarget, int lastStage);

    /** The next rollback stage (stages run backwards) after {@code lastStage}; lastStage when done. */
    int getRollbackNextStage(CompositionElementDto compositionElementRollback, int lastStage);

    /** The next prepare stage after {@code lastStage} by the definition's stages; lastStage when done. */
    int getPrepareNextStage(CompositionElementDto compositionElement, int lastStage);
}
