package dev.acmr.simulator.element;

import dev.acmr.participant.api.AcTypeState;
import dev.acmr.participant.api.AutomationCompositionDto;
import dev.acmr.participant.api.DeployState;
import dev.acmr.participant.api.InstanceElementDto;
import dev.acmr.participant.api.LockState;
import dev.acmr.participant.api.CompositionDto;
import dev.acmr.participant.api.ParticipantConnectionStatus;
import dev.acmr.participant.api.ParticipantIntermediaryConnection;
import dev.acmr.participant.api.ParticipantIntermediaryConnectionFactory;
import dev.acmr.participant.api.StateChangeResult;
import dev.acmr.participant.api.ToscaConceptIdentifier;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.resource.ResourceException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The simulator's way to the adapter's intermediary API (defined on {@link SimulatorElementListener}): each call takes
 * a connection handle and closes it, which costs nothing (the handles share the adapter's one session).
 */
@ApplicationScoped
public class Intermediary {

    @Resource(lookup = SimulatorElementListener.INTERMEDIARY)
    private ParticipantIntermediaryConnectionFactory connectionFactory;

    /**
     * Creates the bean while the application deploys. Its resource injection needs the component's naming context,
     * which health checks do not have on their threads: created lazily from a health probe, the lookup fails.
     */
    void createAtDeployment(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        // Observing is enough: the container creates the bean, with its connection factory, to deliver the event.
    }

    /** Identity and link state of this replica, fresh from the adapter. */
    public ParticipantConnectionStatus status() throws ResourceException {
        try (ParticipantIntermediaryConnection connection = connectionFactory.getConnection()) {
            return connection.status();
        }
    }

    /** Reports the outcome of a prime or deprime (see the adapter for what it refuses). */
    public void updateCompositionState(UUID compositionId, AcTypeState state, StateChangeResult result,
            String message) throws ResourceException {
        try (ParticipantIntermediaryConnection connection = connectionFactory.getConnection()) {
            connection.updateCompositionState(compositionId, state, result, message);
        }
    }

    /** Pushes an element definition's out-properties; refused if the view does not hold that element. */
    public void sendAcDefinitionInfo(UUID compositionId, ToscaConceptIdentifier elementDefinitionId,
            Map<String, Object> outProperties) throws ResourceException {
        try (ParticipantIntermediaryConnection connection = connectionFactory.getConnection()) {
            connection.sendAcDefinitionInfo(compositionId, elementDefinitionId, outProperties);
        }
    }

    /** The primed compositions in this replica's view. */
    public Map<UUID, CompositionDto> findCompositions() throws ResourceException {
        try (ParticipantIntermediaryConnection connection = connectionFactory.getConnection()) {
            return connection.findCompositions();
        }
    }

    public Optional<CompositionDto> getComposition(UUID compositionId) throws ResourceException {
        try (ParticipantIntermediaryConnection connection = connectionFactory.getConnection()) {
            return connection.getComposition(compositionId);
        }
    }

    /** Reports an element's final state (the six-argument form ONAP's simulator uses). */
    public void updateAutomationCompositionElementState(UUID instanceId, UUID elementId, DeployState deployState,
            LockState lockState, StateChangeResult result, String message) throws ResourceException {
        try (ParticipantIntermediaryConnection connection = connectionFactory.getConnection()) {
            connection.updateAutomationCompositionElementState(instanceId, elementId, deployState, lockState, result,
                    message);
        }
    }

    /** Pushes an element's states and out-properties; refused if the view does not hold that element. */
    public void sendAcElementInfo(UUID instanceId, UUID elementId, String useState, String operationalState,
            Map<String, Object> outProperties) throws ResourceException {
        try (ParticipantIntermediaryConnection connection = connectionFactory.getConnection()) {
            connection.sendAcElementInfo(instanceId, elementId, useState, operationalState, outProperties);
        }
    }

    /** The instances in this replica's view. */
    public Map<UUID, AutomationCompositionDto> getAutomationCompositions() throws ResourceException {
        try (ParticipantIntermediaryConnection connection = connectionFactory.getConnection()) {
            return connection.getAutomationCompositions();
        }
    }

    public Optional<AutomationCompositionDto> getAutomationComposition(UUID instanceId) throws ResourceException {
        try (ParticipantIntermediaryConnection connection = connectionFactory.getConnection()) {
            return connection.getAutomationComposition(instanceId);
        }
    }

    public Optional<InstanceElementDto> getInstanceElementDto(UUID instanceId, UUID elementId)
            throws ResourceException {
        try (ParticipantIntermediaryConnection connection = connectionFactory.getConnection()) {
            return connection.getInstanceElementDto(instanceId, elementId);
        }
    }
}
