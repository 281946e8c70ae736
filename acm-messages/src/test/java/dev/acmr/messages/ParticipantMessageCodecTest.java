package dev.acmr.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParticipantMessageCodecTest {

    private final ParticipantMessageCodec codec = new ParticipantMessageCodec();

    @Test
    void registerSurvivesARoundTrip() {
        var register = new ParticipantRegister(UUID.randomUUID(), Instant.parse("2026-11-24T10:15:30.123Z"),
                UUID.randomUUID(), UUID.randomUUID(),
                List.of(new SupportedElementType("org.onap.policy.clamp.acm.SimAutomationCompositionElement", "1.0.0")),
                UUID.randomUUID());

        String json = codec.encode(register);
        ParticipantMessage decoded = codec.decode(ParticipantMessageType.of(register).name(), json);

        assertEquals(register, decoded);
        assertTrue(json.contains("\"typeName\":\"org.onap.policy.clamp.acm.SimAutomationCompositionElement\""), json);
    }

    @Test
    void everyMessageTypeRoundTrips() {
        UUID pid = UUID.randomUUID();
        UUID rid = UUID.randomUUID();
        Instant now = Instant.now();
        List<ParticipantMessage> messages = List.of(
                new ParticipantRegisterAck(UUID.randomUUID(), now, pid, rid, UUID.randomUUID()),
                new ParticipantStatus(UUID.randomUUID(), now, pid, rid, List.of(SupportedElementType.parse("a:1")),
                        UUID.randomUUID(), UUID.randomUUID(), 3, 17),
                new ParticipantSyncRequest(UUID.randomUUID(), now, pid, rid, "gap"),
                new ParticipantStatusRequest(UUID.randomUUID(), now, pid, null),
                new ParticipantSyncComplete(UUID.randomUUID(), now, pid, rid, UUID.randomUUID(),
                        List.of(UUID.randomUUID()), List.of()),
                new ParticipantDeregister(UUID.randomUUID(), now, pid, rid),
                new ParticipantDeregisterAck(UUID.randomUUID(), now, pid, rid, UUID.randomUUID()),
                new ParticipantPrimeAck(UUID.randomUUID(), now, pid, rid, UUID.randomUUID(), CompositionState.PRIMED,
                        OperationResult.NO_ERROR, "Primed", 7, List.of()),
                new ParticipantDefinitionInfo(UUID.randomUUID(), now, pid, rid, UUID.randomUUID(), "el", "1.0.0",
                        java.util.Map.of("state", "ok")));
        for (ParticipantMessage message : messages) {
            String type = ParticipantMessageType.of(message).name();
            assertEquals(message, codec.decode(type, codec.encode(message)));
        }
    }

    @Test
    void primeAndSyncCarryElementPropertiesOfAnyShape() {
        UUID pid = UUID.randomUUID();
        var element = new ElementDefinition("onap.policy.clamp.ac.element.Sim_StarterAutomationCompositionElement",
                "1.2.3", "org.onap.policy.clamp.acm.SimAutomationCompositionElement", "1.0.0",
                java.util.Map.of("startPhase", 0, "baseUrl", "http://x", "list", List.of("a", "b"),
                        "nested", java.util.Map.of("k", true)),
                java.util.Map.of());
        var prime = new ParticipantPrime(UUID.randomUUID(), Instant.now(), pid, UUID.randomUUID(), UUID.randomUUID(),
                PrimeOrder.PRIME, 3, List.of(element));
        var decoded = (ParticipantPrime) codec.decode("PARTICIPANT_PRIME", codec.encode(prime));
        assertEquals(prime.compositionId(), decoded.compositionId());
        assertEquals(3, decoded.revision());
        assertEquals("http://x", decoded.elements().get(0).properties().get("baseUrl"));
        assertEquals(List.of("a", "b"), decoded.elements().get(0).properties().get("list"));
        assertEquals(0, ((Number) decoded.elements().get(0).properties().get("startPhase")).intValue());

        var sync = new ParticipantCompositionSync(UUID.randomUUID(), Instant.now(), pid, null, UUID.randomUUID(), 4,
                CompositionState.PRIMED, false, List.of(element), 3, null);
        var decodedSync = (ParticipantCompositionSync) codec.decode("PARTICIPANT_COMPOSITION_SYNC", codec.encode(sync));
        assertEquals(null, decodedSync.replicaId(), "a sync for every replica names none");
        assertEquals(sync.elements().get(0).name(), decodedSync.elements().get(0).name());
    }

    @Test
    void primeAckCarriesElementOutProperties() {
        var ack = new ParticipantPrimeAck(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), CompositionState.PRIMED, OperationResult.NO_ERROR, "Primed", 3,
                List.of(new ElementOutProperties("onap.policy.clamp.ac.element.Sim", "1.2.3",
                        java.util.Map.of("InternalState", "PRIMED", "nested", java.util.Map.of("n", 1)))));

        ParticipantMessage decoded = codec.decode(ParticipantMessageType.of(ack).name(), codec.encode(ack));

        assertEquals(ack.outPropertiesList().get(0).elementName(),
                ((ParticipantPrimeAck) decoded).outPropertiesList().get(0).elementName());
        assertEquals("PRIMED", ((ParticipantPrimeAck) decoded).outPropertiesList().get(0).outProperties()
                .get("InternalState"));
    }

    @Test
    void primeAckWithoutOutPropertiesDecodesToAnEmptyList() {
        String json = "{\"messageId\":\"" + UUID.randomUUID() + "\",\"participantId\":\"" + UUID.randomUUID()
                + "\",\"replicaId\":\"" + UUID.randomUUID() + "\",\"compositionId\":\"" + UUID.randomUUID()
                + "\",\"compositionState\":\"PRIMED\",\"result\":\"NO_ERROR\",\"orderRevision\":2}";

        var decoded = (ParticipantPrimeAck) codec.decode(ParticipantMessageType.PARTICIPANT_PRIME_ACK.name(), json);

        assertEquals(List.of(), decoded.outPropertiesList());
    }

    @Test
    void instanceMessagesRoundTrip() {
        UUID pid = UUID.randomUUID();
        UUID rid = UUID.randomUUID();
        UUID instance = UUID.randomUUID();
        var element = new InstanceElement(UUID.randomUUID(), "onap.policy.clamp.ac.element.Sim_Starter", "1.2.3", 1,
                java.util.Map.of("startPhase", 1), java.util.Map.of(), java.util.Map.of("baseUrl", "http://x"),
                java.util.Map.of("InternalState", "UNDEPLOYED"), null, ElementDeployState.UNDEPLOYED,
                ElementLockState.NONE, null, null);
        var order = new InstanceOrder(UUID.randomUUID(), Instant.now(), pid, rid, instance, UUID.randomUUID(),
                InstanceOperation.DEPLOY, 5, 1, List.of(element));
        var decoded = (InstanceOrder) codec.decode("INSTANCE_ORDER", codec.encode(order));
        assertEquals(InstanceOperation.DEPLOY, decoded.operation());
        assertEquals(1, decoded.startPhase());
        assertEquals("http://x", decoded.elements().get(0).properties().get("baseUrl"));
        assertEquals(null, decoded.elements().get(0).previousProperties());

        var ack = new InstanceElementAck(UUID.randomUUID(), Instant.now(), pid, rid, instance, element.elementId(),
                ElementDeployState.DEPLOYED, null, OperationResult.NO_ERROR, "Deployed", null, null,
                java.util.Map.of("InternalState", "DEPLOYED"), 5);
        assertEquals(ack, codec.decode("INSTANCE_ELEMENT_ACK", codec.encode(ack)));

        var sync = new InstanceSync(UUID.randomUUID(), Instant.now(), pid, null, instance, UUID.randomUUID(), "ac",
                "1.0.0", 6, ElementDeployState.DEPLOYED, ElementLockState.LOCKED, OperationResult.NO_ERROR, false,
                List.of(element), 4, UUID.randomUUID());
        var decodedSync = (InstanceSync) codec.decode("INSTANCE_SYNC", codec.encode(sync));
        assertEquals(sync.revision(), decodedSync.revision());
        assertEquals(4, decodedSync.previousRevision());
        assertEquals(sync.syncId(), decodedSync.syncId());
    }

    @Test
    void messagesToTheRuntimeMustNameTheirReplica() {
        String json = "{\"messageId\":\"" + UUID.randomUUID() + "\",\"participantId\":\"" + UUID.randomUUID() + "\"}";
        assertThrows(MalformedMessageException.class, () -> codec.decode("PARTICIPANT_STATUS", json));
    }

    @Test
    void unknownTypeIsRejected() {
        var e = assertThrows(MalformedMessageException.class, () -> codec.decode("NOPE", "{}"));
        assertTrue(e.getMessage().contains("NOPE"));
    }

    @Test
    void badJsonIsRejectedWithoutAStackOfNulls() {
        assertThrows(MalformedMessageException.class,
                () -> codec.decode(ParticipantMessageType.PARTICIPANT_STATUS.name(), "{not json"));
        assertThrows(MalformedMessageException.class,
                () -> codec.decode(ParticipantMessageType.PARTICIPANT_STATUS.name(), "{\"messageId\":null}"));
        assertThrows(MalformedMessageException.class,
                () -> codec.decode(ParticipantMessageType.PARTICIPANT_STATUS.name(), ""));
    }

    @Test
    void selectorNamesParticipantAndReplica() {
        UUID pid = UUID.fromString("101c62b3-8918-41b9-a747-d21eb79c6c01");
        UUID rid = UUID.fromString("00000000-0000-0000-0000-000000000001");
        String selector = MessageHeaders.selectorFor(pid, rid);
        assertTrue(selector.contains("participantId = '" + pid + "'"));
        assertTrue(selector.contains("replicaId = '" + rid + "'"));
    }
}
