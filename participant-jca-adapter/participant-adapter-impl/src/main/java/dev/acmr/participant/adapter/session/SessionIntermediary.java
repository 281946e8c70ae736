package dev.acmr.participant.adapter.session;

import dev.acmr.messages.ElementStages;
import dev.acmr.participant.adapter.view.ParticipantView;
import dev.acmr.participant.api.ElementStageDto;
import dev.acmr.participant.api.ElementStateDto;
import dev.acmr.participant.api.ParticipantIntermediaryApi;
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
import java.util.Optional;
import java.util.UUID;

/**
 * ONAP's intermediary API over a participant session: reads come from the session's view (this replica's synced
 * copy, the same on every replica); composition reports go to its {@link CompositionReporter}, instance reports
 * (stage reports included) to its {@link InstanceReporter}; the next-stage questions are answered from the element
 * definition's in-properties by {@link ElementStages}, the rules the runtime stages by. Before a participant endpoint
 * is active there is no session: reads find nothing, reports are refused with {@link IllegalStateException}.
 */
public abstract class SessionIntermediary implements ParticipantIntermediaryApi {

    /** Served while no participant endpoint is active: nothing is known, and nothing is invented. */
    private static final ParticipantView NO_VIEW = new ParticipantView(null);

    /** The session to serve, if a participant endpoint is active. */
    protected abstract Optional<ParticipantSession> session();

    @Override
    public void updateAutomationCompositionElementState(UUID instance, UUID elementId, DeployState deployState,
            LockState lockState, StateChangeResult stateChangeResult, String message) {
        updateAutomationCompositionElementState(new ElementStateDto(instance, elementId, deployState, lockState,
                stateChangeResult, message, null, null, null));
    }

    @Override
    public void updateAutomationCompositionElementState(ElementStateDto state) {
        instanceReports().updateAutomationCompositionElementState(state);
    }

    @Override
    public void deleteAutomationCompositionElementState(UUID instance, UUID elementId) {
        instanceReports().deleteAutomationCompositionElementState(instance, elementId);
    }

    @Override
    public void updateAutomationCompositionElementStage(UUID instance, UUID elementId,
            StateChangeResult stateChangeResult, int stage, String message) {
        updateAutomationCompositionElementStage(new ElementStageDto(instance, elementId, message, stage, null));
    }

    @Override
    public void updateAutomationCompositionElementStage(ElementStageDto stage) {
        instanceReports().updateAutomationCompositionElementStage(stage);
    }

    @Override
    public void updateCompositionState(UUID compositionId, AcTypeState state, StateChangeResult result,
            String message) {
        reports().updateCompositionState(compositionId, state, result, message);
    }

    @Override
    public void updateCompositionState(UUID compositionId, AcTypeState state, StateChangeResult result,
            String message, Map<ToscaConceptIdentifier, Map<String, Object>> outPropertiesMap) {
        reports().updateCompositionState(compositionId, state, result, message, outPropertiesMap);
    }

    @Override
    public void sendAcElementInfo(UUID instanceId, UUID elementId, String useState, String operationalState,
            Map<String, Object> outProperties) {
        instanceReports().sendAcElementInfo(instanceId, elementId, useState, operationalState, outProperties);
    }

    @Override
    public void sendAcDefinitionInfo(UUID compositionId, ToscaConceptIdentifier elementId,
            Map<String, Object> outProperties) {
        reports().sendAcDefinitionInfo(compositionId, elementId, outProperties);
    }

    @Override
    public Map<UUID, AutomationComposition> getAutomationCompositions() {
        return view().automationCompositions();
    }

    @Override
    public AutomationComposition getAutomationComposition(UUID instanceId) {
        return view().automationComposition(instanceId);
    }

    @Override
    public List<AutomationComposition> findAutomationCompositions(List<UUID> instanceIds,
            List<DeployState> deployStates, List<StateChangeResult> stateChangeResults) {
        return view().findAutomationCompositions(instanceIds, deployStates, stateChangeResults);
    }

    @Override
    public AutomationCompositionElement getAutomationCompositionElement(UUID instanceId, UUID elementId) {
        return view().automationCompositionElement(instanceId, elementId);
    }

    @Override
    public InstanceElementDto getInstanceElementDto(UUID instanceId, UUID elementId) {
        return view().instanceElementDto(instanceId, elementId);
    }

    @Override
    public Map<UUID, Map<ToscaConceptIdentifier, AutomationCompositionElementDefinition>> getAcElementsDefinitions() {
        return view().acElementsDefinitions();
    }

    @Override
    public Map<ToscaConceptIdentifier, AutomationCompositionElementDefinition> getAcElementsDefinitions(
            UUID compositionId) {
        return view().acElementsDefinitions(compositionId);
    }

    @Override
    public AutomationCompositionElementDefinition getAcElementDefinition(UUID compositionId,
            ToscaConceptIdentifier elementId) {
        return view().acElementDefinition(compositionId, elementId);
    }

    @Override
    public CompositionElementDto getCompositionElementDto(UUID compositionId, ToscaConceptIdentifier elementId) {
        return view().compositionElementDto(compositionId, elementId);
    }

    @Override
    public List<CompositionDto> findCompositions() {
        return view().compositions();
    }

    @Override
    public CompositionDto getComposition(UUID compositionId) {
        return view().composition(compositionId);
    }

    @Override
    public int getMigrateNextStage(CompositionElementDto compositionElementTarget, int lastStage) {
        return ElementStages.nextMigrateStage(compositionElementTarget.inProperties(), lastStage);
    }

    @Override
    public int getRollbackNextStage(CompositionElementDto compositionElementRollback, int lastStage) {
        return ElementStages.nextRollbackStage(compositionElementRollback.inProperties(), lastStage);
    }

    @Override
    public int getPrepareNextStage(CompositionElementDto compositionElement, int lastStage) {
        return ElementStages.nextPrepareStage(compositionElement.inProperties(), lastStage);
    }

    private InstanceReporter instanceReports() {
        return session().map(ParticipantSession::instanceReports).orElseThrow(SessionIntermediary::noParticipant);
    }

    /** Reporting needs a participant: before its endpoint is active there is nobody to report for. */
    private CompositionReporter reports() {
        return session().map(ParticipantSession::compositionReports)
                .orElseThrow(SessionIntermediary::noParticipant);
    }

    private static IllegalStateException noParticipant() {
        return new IllegalStateException(
                "no participant endpoint is active on acm-participant-adapter; nothing can be reported yet");
    }

    private ParticipantView view() {
        return session().map(ParticipantSession::view).orElse(NO_VIEW);
    }
}
