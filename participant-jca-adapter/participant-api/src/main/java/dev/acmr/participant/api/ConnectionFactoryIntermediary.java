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
import jakarta.resource.ResourceException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * ONAP's intermediary as one object a participant can inject, what ONAP's Spring context gives it: every call takes a
 * connection handle from the adapter's connection factory and closes it, which costs nothing (the handles share the
 * adapter's one session). Extend it with a bean that holds the connection factory, e.g.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class Intermediary extends ConnectionFactoryIntermediary {
 *     @Resource(lookup = "java:app/acm/intermediary")
 *     private ParticipantIntermediaryConnectionFactory connectionFactory;
 *
 *     @Override
 *     protected ParticipantIntermediaryConnectionFactory connectionFactory() {
 *         return connectionFactory;
 *     }
 * }
 * }</pre>
 *
 * A handle the container cannot give is an {@link IllegalStateException}, as any other call on an adapter that is not
 * there. Not part of ONAP's API: it replaces ONAP's Spring wiring of the intermediary.
 */
public abstract class ConnectionFactoryIntermediary implements ParticipantIntermediaryApi {

    /** The adapter's outbound connection factory. */
    protected abstract ParticipantIntermediaryConnectionFactory connectionFactory();

    /** Identity and link state of this replica, fresh from the adapter. */
    public ParticipantConnectionStatus status() {
        return call(ParticipantIntermediaryConnection::status);
    }

    private <T> T call(Function<ParticipantIntermediaryConnection, T> call) {
        try (ParticipantIntermediaryConnection connection = connectionFactory().getConnection()) {
            return call.apply(connection);
        } catch (ResourceException e) {
            throw new IllegalStateException("no connection to the participant adapter: " + e.getMessage(), e);
        }
    }

    private void run(Consumer<ParticipantIntermediaryConnection> call) {
        call(connection -> {
            call.accept(connection);
            return null;
        });
    }

    @Override
    public void updateAutomationCompositionElementState(UUID instance, UUID elementId, DeployState deployState,
            LockState lockState, StateChangeResult stateChangeResult, String message) {
        run(c -> c.updateAutomationCompositionElementState(instance, elementId, deployState, lockState,
                stateChangeResult, message));
    }

    @Override
    public void updateAutomationCompositionElementState(ElementStateDto elementStateDto) {
        run(c -> c.updateAutomationCompositionElementState(elementStateDto));
    }

    @Override
    public void deleteAutomationCompositionElementState(UUID instance, UUID elementId) {
        run(c -> c.deleteAutomationCompositionElementState(instance, elementId));
    }

    @Override
    public void updateAutomationCompositionElementStage(UUID instance, UUID elementId,
            StateChangeResult stateChangeResult, int stage, String message) {
        run(c -> c.updateAutomationCompositionElementStage(instance, elementId, stateChangeResult, stage, message));
    }

    @Override
    public void updateAutomationCompositionElementStage(ElementStageDto elementStageDto) {
        run(c -> c.updateAutomationCompositionElementStage(elementStageDto));
    }

    @Override
    public Map<UUID, AutomationComposition> getAutomationCompositions() {
        return call(ParticipantIntermediaryApi::getAutomationCompositions);
    }

    @Override
    public AutomationComposition getAutomationComposition(UUID instanceId) {
        return call(c -> c.getAutomationComposition(instanceId));
    }

    @Override
    public List<AutomationComposition> findAutomationCompositions(List<UUID> instanceIds,
            List<DeployState> deployStates, List<StateChangeResult> stateChangeResults) {
        return call(c -> c.findAutomationCompositions(instanceIds, deployStates, stateChangeResults));
    }

    @Override
    public AutomationCompositionElement getAutomationCompositionElement(UUID instanceId, UUID elementId) {
        return call(c -> c.getAutomationCompositionElement(instanceId, elementId));
    }

    @Override
    public InstanceElementDto getInstanceElementDto(UUID instanceId, UUID elementId) {
        return call(c -> c.getInstanceElementDto(instanceId, elementId));
    }

    @Override
    public Map<UUID, Map<ToscaConceptIdentifier, AutomationCompositionElementDefinition>> getAcElementsDefinitions() {
        return call(ParticipantIntermediaryApi::getAcElementsDefinitions);
    }

    @Override
    public Map<ToscaConceptIdentifier, AutomationCompositionElementDefinition> getAcElementsDefinitions(
            UUID compositionId) {
        return call(c -> c.getAcElementsDefinitions(compositionId));
    }

    @Override
    public AutomationCompositionElementDefinition getAcElementDefinition(UUID compositionId,
            ToscaConceptIdentifier elementId) {
        return call(c -> c.getAcElementDefinition(compositionId, elementId));
    }

    @Override
    public CompositionElementDto getCompositionElementDto(UUID compositionId, ToscaConceptIdentifier elementId) {
        return call(c -> c.getCompositionElementDto(compositionId, elementId));
    }

    @Override
    public List<CompositionDto> findCompositions() {
        return call(ParticipantIntermediaryApi::findCompositions);
    }

    @Override
    public CompositionDto getComposition(UUID compositionId) {
        return call(c -> c.getComposition(compositionId));
    }

    @Override
    public void sendAcElementInfo(UUID instanceId, UUID elementId, String useState, String operationalState,
            Map<String, Object> outProperties) {
        run(c -> c.sendAcElementInfo(instanceId, elementId, useState, operationalState, outProperties));
    }

    @Override
    public void sendAcDefinitionInfo(UUID compositionId, ToscaConceptIdentifier elementId,
            Map<String, Object> outProperties) {
        run(c -> c.sendAcDefinitionInfo(compositionId, elementId, outProperties));
    }

    @Override
    public void updateCompositionState(UUID compositionId, AcTypeState state, StateChangeResult stateChangeResult,
            String message) {
        run(c -> c.updateCompositionState(compositionId, state, stateChangeResult, message));
    }

    @Override
    public void updateCompositionState(UUID compositionId, AcTypeState state, StateChangeResult stateChangeResult,
            String message, Map<ToscaConceptIdentifier, Map<String, Object>> outPropertiesMap) {
        run(c -> c.updateCompositionState(compositionId, state, stateChangeResult, message, outPropertiesMap));
    }

    @Override
    public int getMigrateNextStage(CompositionElementDto compositionElementTarget, int lastStage) {
        return call(c -> c.getMigrateNextStage(compositionElementTarget, lastStage));
    }

    @Override
    public int getRollbackNextStage(CompositionElementDto compositionElementRollback, int lastStage) {
        return call(c -> c.getRollbackNextStage(compositionElementRollback, lastStage));
    }

    @Override
    public int getPrepareNextStage(CompositionElementDto compositionElement, int lastStage) {
        return call(c -> c.getPrepareNextStage(compositionElement, lastStage));
    }
}
