package dev.acmr.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The fields added for migration, dispatch fencing and report ordering: they travel, and older senders still parse. */
class WireExtensionsCodecTest {

    private final ParticipantMessageCodec codec = new ParticipantMessageCodec();
    private final UUID participant = UUID.randomUUID();
    private final UUID replica = UUID.randomUUID();

    @Test
    void migrationOrderCarriesTargetChangesAndDispatch() {
        var before = element(ElementMigrationState.DEFAULT, null);
        var after = element(ElementMigrationState.NEW, 2);
        var order = new InstanceOrder(UUID.randomUUID(), Instant.now(), participant, replica, UUID.randomUUID(),
                UUID.randomUUID(), InstanceOperation.MIGRATE, 4, 1, List.of(), UUID.randomUUID(), UUID.randomUUID(),
                List.of(new ElementChange(before.elementId(), before, after),
                        new ElementChange(UUID.randomUUID(), null, after)));

        assertEquals(order, codec.decode(typeOf(order), codec.encode(order)));
    }

    @Test
    void stageAckAndSequencedInfoRoundTrip() {
        var ack = new InstanceElementAck(UUID.randomUUID(), Instant.now(), participant, replica, UUID.randomUUID(),
                UUID.randomUUID(), ElementDeployState.DEPLOYED, null, OperationResult.NO_ERROR, "stage 0 Migrated",
                null, null, Map.of("stage", "0"), 5, 1, UUID.randomUUID(), 42);
        var info = new InstanceElementInfo(UUID.randomUUID(), Instant.now(), participant, replica, UUID.randomUUID(),
                UUID.randomUUID(), "IDLE", "ENABLED", Map.of("k", "v"), 43);
        var sync = new InstanceSync(UUID.randomUUID(), Instant.now(), participant, null, UUID.randomUUID(),
                UUID.randomUUID(), "n", "1.0.0", 3, ElementDeployState.MIGRATING, ElementLockState.LOCKED,
                OperationResult.NO_ERROR, false, List.of(element(ElementMigrationState.REMOVED, 0)), 2, null,
                UUID.randomUUID(), InstanceSubState.NONE);
        var prime = new ParticipantPrime(UUID.randomUUID(), Instant.now(), participant, replica, UUID.randomUUID(),
                PrimeOrder.PRIME, 3, List.of(), UUID.randomUUID());
        var primeAck = new ParticipantPrimeAck(UUID.randomUUID(), Instant.now(), participant, replica,
                UUID.randomUUID(), CompositionState.PRIMED, OperationResult.NO_ERROR, "Primed", 3, List.of(),
                prime.dispatchId());
        for (ParticipantMessage message : List.of(ack, info, sync, prime, primeAck)) {
            assertEquals(message, codec.decode(typeOf(message), codec.encode(message)));
        }
    }

    @Test
    void messagesOfAnOlderSenderParseWithTheNewFieldsEmpty() {
        var old = new InstanceElementAck(UUID.randomUUID(), Instant.now(), participant, replica, UUID.randomUUID(),
                UUID.randomUUID(), ElementDeployState.DEPLOYED, null, OperationResult.NO_ERROR, "Deployed", null, null,
                Map.of(), 5);
        String json = codec.encode(old).replaceAll(",?\"(stage|dispatchId|reportSequence)\":[^,}]*", "");
        assertTrue(!json.contains("reportSequence") && !json.contains("dispatchId"), json);

        var decoded = (InstanceElementAck) codec.decode(typeOf(old), json);

        assertEquals(old.elementId(), decoded.elementId());
        assertNull(decoded.stage());
        assertNull(decoded.dispatchId());
        assertEquals(0L, decoded.reportSequence());
    }

    private static String typeOf(ParticipantMessage message) {
        return ParticipantMessageType.of(message).name();
    }

    private static InstanceElement element(ElementMigrationState migrationState, Integer stage) {
        return new InstanceElement(UUID.randomUUID(), "onap.policy.clamp.ac.element.Sim_BridgeAutomationCompositionElement",
                "1.2.4", 0, Map.of("stage", "[0, 1]"), Map.of(), Map.of("k", "v"), Map.of(), null,
                ElementDeployState.DEPLOYED, ElementLockState.LOCKED, null, null, migrationState, stage);
    }
}
