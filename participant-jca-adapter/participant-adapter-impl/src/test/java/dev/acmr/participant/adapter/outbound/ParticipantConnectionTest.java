package dev.acmr.participant.adapter.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.participant.adapter.FakeContainer;
import dev.acmr.participant.adapter.ParticipantResourceAdapter;
import dev.acmr.participant.adapter.inbound.ParticipantActivationSpec;
import dev.acmr.participant.api.ElementStateDto;
import dev.acmr.participant.api.ParticipantConnectionStatus;
import dev.acmr.participant.api.ParticipantIntermediaryConnection;
import dev.acmr.participant.api.ParticipantIntermediaryConnectionFactory;
import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.dto.ElementState;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import jakarta.resource.ResourceException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParticipantConnectionTest {

    private final ParticipantResourceAdapter adapter = new ParticipantResourceAdapter();
    private final ParticipantManagedConnectionFactory managedFactory = new ParticipantManagedConnectionFactory();

    private ParticipantIntermediaryConnection connect() throws ResourceException {
        managedFactory.setResourceAdapter(adapter);
        return ((ParticipantIntermediaryConnectionFactory) managedFactory.createConnectionFactory()).getConnection();
    }

    @AfterEach
    void stop() {
        adapter.stop();
    }

    @Test
    void beforeActivationNothingIsKnown() throws ResourceException {
        try (ParticipantIntermediaryConnection connection = connect()) {
            assertEquals(new ParticipantConnectionStatus(null, null, false, false), connection.status());
            assertTrue(connection.getAutomationCompositions().isEmpty());
            assertTrue(connection.findCompositions().isEmpty());
            assertNull(connection.getComposition(UUID.randomUUID()));
            assertEquals(ElementState.NOT_PRESENT,
                    connection.getInstanceElementDto(UUID.randomUUID(), UUID.randomUUID()).state());
        }
    }

    private void activate(UUID participant) throws ResourceException {
        ParticipantActivationSpec spec = new ParticipantActivationSpec();
        spec.setParticipantId(participant.toString());
        spec.setSupportedElementTypes("Sim:1.0.0");
        adapter.start(new FakeContainer().bootstrapContext());
        adapter.endpointActivation(FakeContainer.endpointFactory(), spec);
    }

    @Test
    void afterActivationTheSessionAnswers() throws ResourceException {
        UUID participant = UUID.randomUUID();
        activate(participant);
        try (ParticipantIntermediaryConnection connection = connect()) {
            ParticipantConnectionStatus status = connection.status();
            assertEquals(participant, status.participantId());
            assertFalse(status.connected());
            assertFalse(status.registered());
            assertNull(connection.getAutomationComposition(UUID.randomUUID()));
        }
    }

    @Test
    void instanceReportsNeedAnActiveParticipant() throws ResourceException {
        try (ParticipantIntermediaryConnection connection = connect()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> connection.updateAutomationCompositionElementState(
                            new ElementStateDto(null, null, null, null, null, null, null, null, null)));
            assertTrue(e.getMessage().contains("no participant endpoint is active"), e.getMessage());
            assertThrows(IllegalStateException.class,
                    () -> connection.sendAcElementInfo(null, null, null, null, Map.of()));
            assertThrows(IllegalStateException.class,
                    () -> connection.updateAutomationCompositionElementStage(null, null, null, 0, null));
            assertThrows(IllegalStateException.class,
                    () -> connection.deleteAutomationCompositionElementState(UUID.randomUUID(), UUID.randomUUID()));
        }
    }

    @Test
    void compositionReportsNeedAnActiveParticipant() throws ResourceException {
        try (ParticipantIntermediaryConnection connection = connect()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> connection.updateCompositionState(UUID.randomUUID(), AcTypeState.PRIMED,
                            StateChangeResult.NO_ERROR, "Primed"));
            assertTrue(e.getMessage().contains("no participant endpoint is active"), e.getMessage());
            assertThrows(IllegalStateException.class,
                    () -> connection.sendAcDefinitionInfo(UUID.randomUUID(), null, Map.of()));
        }
    }

    @Test
    void compositionReportsAreValidatedByTheActiveSession() throws ResourceException {
        activate(UUID.randomUUID());
        try (ParticipantIntermediaryConnection connection = connect()) {
            assertThrows(IllegalArgumentException.class, () -> connection.updateCompositionState(
                    UUID.randomUUID(), AcTypeState.PRIMING, StateChangeResult.NO_ERROR, "not final"));
            assertThrows(IllegalArgumentException.class, () -> connection.sendAcDefinitionInfo(UUID.randomUUID(),
                    new ToscaConceptIdentifier("a", "1.0.0"), Map.of()), "not in the view");
            // Valid, but not connected to any broker here: logged, not thrown, as ONAP's failed sends.
            connection.updateCompositionState(UUID.randomUUID(), AcTypeState.PRIMED, StateChangeResult.NO_ERROR, "ok");
        }
    }

    @Test
    void instanceReportsAreValidatedByTheActiveSession() throws ResourceException {
        activate(UUID.randomUUID());
        try (ParticipantIntermediaryConnection connection = connect()) {
            assertThrows(IllegalArgumentException.class, () -> connection.updateAutomationCompositionElementState(
                    UUID.randomUUID(), UUID.randomUUID(), DeployState.DEPLOYING, null, StateChangeResult.NO_ERROR,
                    "not final"));
            assertThrows(IllegalArgumentException.class, () -> connection.sendAcElementInfo(UUID.randomUUID(),
                    UUID.randomUUID(), "IDLE", "ENABLED", Map.of()), "not in the view");
            // Valid, but not connected to any broker here: logged, not thrown.
            connection.updateAutomationCompositionElementState(UUID.randomUUID(), UUID.randomUUID(),
                    DeployState.DEPLOYED, null, StateChangeResult.NO_ERROR, "Deployed");
        }
    }

    @Test
    void closedHandleCannotBeUsed() throws ResourceException {
        ParticipantIntermediaryConnection connection = connect();
        connection.close();
        connection.close(); // twice is harmless
        assertThrows(IllegalStateException.class, connection::status);
    }

    @Test
    void managedConnectionsAreInterchangeable() throws ResourceException {
        ParticipantManagedConnection first =
                (ParticipantManagedConnection) managedFactory.createManagedConnection(null, null);
        assertEquals(first, managedFactory.matchManagedConnections(Set.of(first), null, null));
        assertNull(new ParticipantManagedConnectionFactory().matchManagedConnections(Set.of(first), null,
                null));
        assertEquals(managedFactory, new ParticipantManagedConnectionFactory());
    }
}
