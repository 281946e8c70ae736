package dev.acmr.participant.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.participant.adapter.inbound.ParticipantActivationSpec;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParticipantResourceAdapterTest {

    private final FakeContainer container = new FakeContainer();
    private final ParticipantResourceAdapter adapter = new ParticipantResourceAdapter();

    static ParticipantActivationSpec spec(UUID participantId) {
        ParticipantActivationSpec spec = new ParticipantActivationSpec();
        spec.setParticipantId(participantId.toString());
        spec.setSupportedElementTypes("Sim:1.0.0");
        return spec;
    }

    @AfterEach
    void stop() {
        adapter.stop();
    }

    @Test
    void secondParticipantIsRefusedUntilTheFirstIsDeactivated() throws ResourceException {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        MessageEndpointFactory firstEndpoint = FakeContainer.endpointFactory();
        MessageEndpointFactory secondEndpoint = FakeContainer.endpointFactory();
        adapter.start(container.bootstrapContext());
        adapter.endpointActivation(firstEndpoint, spec(first));

        ResourceException refused = assertThrows(ResourceException.class,
                () -> adapter.endpointActivation(secondEndpoint, spec(second)));
        assertTrue(refused.getMessage().contains("already runs participant " + first), refused.getMessage());
        assertEquals(first, adapter.currentSession().orElseThrow().settings().participantId());

        adapter.endpointDeactivation(secondEndpoint, spec(second)); // not the active one: no effect
        assertTrue(adapter.currentSession().isPresent());
        adapter.endpointDeactivation(firstEndpoint, spec(first));
        assertFalse(adapter.currentSession().isPresent());

        adapter.endpointActivation(secondEndpoint, spec(second));
        assertEquals(second, adapter.currentSession().orElseThrow().settings().participantId());
    }

    @Test
    void activationConnectsOnTheWorkManagerWithoutBlocking() throws ResourceException {
        adapter.start(container.bootstrapContext());
        adapter.endpointActivation(FakeContainer.endpointFactory(), spec(UUID.randomUUID()));
        assertEquals(1, container.scheduled.size());
        assertFalse(adapter.currentSession().orElseThrow().status().connected());
    }

    @Test
    void invalidActivationIsRefusedAndLeavesNoSession() throws ResourceException {
        adapter.start(container.bootstrapContext());
        ParticipantActivationSpec spec = spec(UUID.randomUUID());
        spec.setParticipantId("${acm.test.undefined.participant}");
        assertThrows(InvalidPropertyException.class,
                () -> adapter.endpointActivation(FakeContainer.endpointFactory(), spec));
        assertFalse(adapter.currentSession().isPresent());
    }

    @Test
    void badBrokerConfigurationFailsTheStart() {
        adapter.setReconnectIntervalMs("soon");
        assertThrows(ResourceAdapterInternalException.class, () -> adapter.start(container.bootstrapContext()));
        adapter.setReconnectIntervalMs("1000");
        adapter.setBrokerAddress("${acm.test.undefined.broker}");
        assertThrows(ResourceAdapterInternalException.class, () -> adapter.start(container.bootstrapContext()));
    }

    @Test
    void heartbeatMessagesLiveTenBeatsButAtLeastThirtySeconds() {
        assertEquals(Duration.ofSeconds(30), ParticipantResourceAdapter.heartbeatTimeToLive(Duration.ofSeconds(1)));
        assertEquals(Duration.ofSeconds(50), ParticipantResourceAdapter.heartbeatTimeToLive(Duration.ofSeconds(5)));
    }
}
