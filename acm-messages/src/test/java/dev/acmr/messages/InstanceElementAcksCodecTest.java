package dev.acmr.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.logging.LogKey;
import dev.acmr.messages.logging.MessageLogIds;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The acks of one dispatch travel as one message, each ack whole and in the order it was reported. */
class InstanceElementAcksCodecTest {

    private final ParticipantMessageCodec codec = new ParticipantMessageCodec();
    private final UUID participant = UUID.randomUUID();
    private final UUID replica = UUID.randomUUID();
    private final UUID instance = UUID.randomUUID();
    private final UUID dispatch = UUID.randomUUID();

    @Test
    void aBatchSurvivesARoundTripWithEveryAckWholeAndInOrder() {
        var deployed = ack(ElementDeployState.DEPLOYED, OperationResult.NO_ERROR, null, 7);
        var staged = ack(ElementDeployState.MIGRATING, OperationResult.NO_ERROR, 2, 8);
        var failed = ack(ElementDeployState.UNDEPLOYED, OperationResult.FAILED, null, 9);
        var acks = new InstanceElementAcks(UUID.randomUUID(), Instant.parse("2026-12-06T10:15:30.123Z"), participant,
                replica, instance, List.of(deployed, staged, failed));

        String json = codec.encode(acks);
        var decoded = codec.decode(ParticipantMessageType.of(acks).name(), json);

        assertEquals(acks, decoded);
        assertEquals(List.of(7L, 8L, 9L),
                ((InstanceElementAcks) decoded).acks().stream().map(InstanceElementAck::reportSequence).toList());
        assertTrue(json.contains("\"dispatchId\":\"" + dispatch + "\""), json);
    }

    @Test
    void theTypeIsBoundForTheRuntimeAndMustNameTheReplica() {
        assertEquals(ParticipantMessageType.INSTANCE_ELEMENT_ACKS,
                ParticipantMessageType.of(new InstanceElementAcks(UUID.randomUUID(), Instant.now(), participant,
                        replica, instance, List.of())));
        assertTrue(ParticipantMessageType.INSTANCE_ELEMENT_ACKS.toRuntime());
        String noReplica = "{\"messageId\":\"" + UUID.randomUUID() + "\",\"participantId\":\"" + participant
                + "\",\"instanceId\":\"" + instance + "\",\"acks\":[]}";
        assertThrows(MalformedMessageException.class, () -> codec.decode("INSTANCE_ELEMENT_ACKS", noReplica));
    }

    @Test
    void aMissingListDecodesAsEmpty() {
        String json = "{\"messageId\":\"" + UUID.randomUUID() + "\",\"participantId\":\"" + participant
                + "\",\"replicaId\":\"" + replica + "\",\"instanceId\":\"" + instance + "\"}";
        var decoded = (InstanceElementAcks) codec.decode("INSTANCE_ELEMENT_ACKS", json);
        assertEquals(List.of(), decoded.acks());
    }

    @Test
    void theLogContextNamesTheInstance() {
        var acks = new InstanceElementAcks(UUID.randomUUID(), Instant.now(), participant, replica, instance,
                List.of(ack(ElementDeployState.DEPLOYED, OperationResult.NO_ERROR, null, 1)));
        assertEquals(Map.of(LogKey.PARTICIPANT_ID, participant, LogKey.REPLICA_ID, replica, LogKey.INSTANCE_ID,
                instance), MessageLogIds.of(acks, null));
    }

    private InstanceElementAck ack(ElementDeployState state, OperationResult result, Integer stage, long sequence) {
        return new InstanceElementAck(UUID.randomUUID(), Instant.now(), participant, replica, instance,
                UUID.randomUUID(), state, null, result, "m" + sequence, "IDLE", "ENABLED",
                Map.of("InternalState", state.name()), 4, stage, dispatch, sequence);
    }
}
