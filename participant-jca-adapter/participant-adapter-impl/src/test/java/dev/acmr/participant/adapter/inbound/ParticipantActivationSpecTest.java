package dev.acmr.participant.adapter.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.SupportedElementType;
import dev.acmr.participant.adapter.config.AdapterProperty;
import dev.acmr.participant.adapter.config.ParticipantSettings;
import dev.acmr.participant.adapter.config.PlaceholderResolver;
import jakarta.resource.spi.InvalidPropertyException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParticipantActivationSpecTest {

    private static final String SIM = "org.onap.policy.clamp.acm.SimAutomationCompositionElement:1.0.0";
    private static final UUID PARTICIPANT = UUID.fromString("101c62b3-8918-41b9-a747-d21eb79c6c03");

    private final Map<String, String> config = new HashMap<>();
    private final PlaceholderResolver resolver = new PlaceholderResolver(key -> Optional.ofNullable(config.get(key)));

    /** The activation config of the simulator's message-driven bean. */
    private ParticipantActivationSpec simulatorSpec() {
        ParticipantActivationSpec spec = new ParticipantActivationSpec();
        spec.setParticipantId("${participant.id}");
        spec.setSupportedElementTypes("${participant.supportedElementTypes:" + SIM + "}");
        spec.setReplicaId("${participant.replicaId:}");
        spec.setHeartbeatIntervalMs("${participant.heartbeatIntervalMs:}");
        return spec;
    }

    @Test
    void simulatorDefaultsResolve() throws InvalidPropertyException {
        config.put("participant.id", PARTICIPANT.toString());
        ParticipantSettings settings = simulatorSpec().toSettings(resolver);
        assertEquals(PARTICIPANT, settings.participantId());
        assertEquals(List.of(SupportedElementType.parse(SIM)), settings.supportedElementTypes());
        assertEquals(Duration.ofSeconds(1), settings.heartbeatInterval());
        assertFalse(settings.replicaIdStable());
    }

    @Test
    void anUnsetOrEmptyHeartbeatIsTheAdaptersDefault() throws InvalidPropertyException {
        ParticipantActivationSpec unset = new ParticipantActivationSpec();
        unset.setParticipantId(PARTICIPANT.toString());
        unset.setSupportedElementTypes(SIM);
        Duration expected = Duration.ofMillis(Long.parseLong(AdapterProperty.HEARTBEAT_INTERVAL_MS.defaultValue()));
        assertEquals(expected, unset.toSettings(resolver).heartbeatInterval());
        config.put("participant.id", PARTICIPANT.toString());
        assertEquals(expected, simulatorSpec().toSettings(resolver).heartbeatInterval(), "key not set");
        config.put("participant.heartbeatIntervalMs", "");
        assertEquals(expected, simulatorSpec().toSettings(resolver).heartbeatInterval(), "key set empty");
    }

    @Test
    void emptyReplicaIdIsRandomPerStart() throws InvalidPropertyException {
        config.put("participant.id", PARTICIPANT.toString());
        ParticipantActivationSpec spec = simulatorSpec();
        assertNotEquals(spec.toSettings(resolver).replicaId(), spec.toSettings(resolver).replicaId());
    }

    @Test
    void configuredReplicaIdIsKept() throws InvalidPropertyException {
        UUID replica = UUID.randomUUID();
        config.put("participant.id", PARTICIPANT.toString());
        config.put("participant.replicaId", replica.toString());
        config.put("participant.heartbeatIntervalMs", "250");
        ParticipantSettings settings = simulatorSpec().toSettings(resolver);
        assertEquals(replica, settings.replicaId());
        assertTrue(settings.replicaIdStable());
        assertEquals(Duration.ofMillis(250), settings.heartbeatInterval());
    }

    @Test
    void missingParticipantIdIsRejectedWithTheKey() {
        InvalidPropertyException e = assertThrows(InvalidPropertyException.class,
                () -> simulatorSpec().toSettings(resolver));
        assertTrue(e.getMessage().contains("participantId") && e.getMessage().contains("participant.id"),
                e.getMessage());
    }

    @Test
    void unsetParticipantIdIsRejected() {
        ParticipantActivationSpec spec = new ParticipantActivationSpec();
        spec.setSupportedElementTypes(SIM);
        InvalidPropertyException e = assertThrows(InvalidPropertyException.class, () -> spec.toSettings(resolver));
        assertTrue(e.getMessage().contains("participantId is required"), e.getMessage());
    }

    @Test
    void invalidParticipantIdIsRejected() {
        config.put("participant.id", "not-a-uuid");
        InvalidPropertyException e = assertThrows(InvalidPropertyException.class,
                () -> simulatorSpec().toSettings(resolver));
        assertTrue(e.getMessage().contains("'not-a-uuid' is not a UUID"), e.getMessage());
    }

    @Test
    void emptyOrMalformedTypesAreRejected() {
        config.put("participant.id", PARTICIPANT.toString());
        config.put("participant.supportedElementTypes", " , ");
        InvalidPropertyException empty = assertThrows(InvalidPropertyException.class,
                () -> simulatorSpec().toSettings(resolver));
        assertTrue(empty.getMessage().contains("supportedElementTypes is required"), empty.getMessage());

        config.put("participant.supportedElementTypes", "NoVersion");
        InvalidPropertyException malformed = assertThrows(InvalidPropertyException.class,
                () -> simulatorSpec().toSettings(resolver));
        assertTrue(malformed.getMessage().contains("NAME:VERSION"), malformed.getMessage());
    }

    @Test
    void badHeartbeatAndReplicaAreRejected() {
        config.put("participant.id", PARTICIPANT.toString());
        config.put("participant.heartbeatIntervalMs", "0");
        assertThrows(InvalidPropertyException.class, () -> simulatorSpec().toSettings(resolver));
        config.put("participant.heartbeatIntervalMs", "fast");
        assertThrows(InvalidPropertyException.class, () -> simulatorSpec().toSettings(resolver));
        config.remove("participant.heartbeatIntervalMs");
        config.put("participant.replicaId", "replica-1");
        assertThrows(InvalidPropertyException.class, () -> simulatorSpec().toSettings(resolver));
    }
}
