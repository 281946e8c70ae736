package dev.acmr.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Orders and syncs of a runtime that knows no migration still parse, with the migration fields empty. */
class OlderPeerMessagesCodecTest {

    private final ParticipantMessageCodec codec = new ParticipantMessageCodec();
    private final UUID participant = UUID.randomUUID();

    @Test
    void anOrderWithoutTargetChangesOrDispatchParsesWithThemEmpty() {
        var order = new InstanceOrder(UUID.randomUUID(), Instant.now(), participant, UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), InstanceOperation.DEPLOY, 3, 1, List.of(element()));
        String json = withoutFields(codec.encode(order), "dispatchId", "compositionTargetId", "migrationState",
                "stage");
        json = json.replaceAll(",?\"changes\":\\[\\]", "").replace("{,", "{");
        assertFalse(json.contains("changes") || json.contains("migrationState"), json);

        var decoded = (InstanceOrder) codec.decode(ParticipantMessageType.of(order).name(), json);

        assertEquals(order, decoded);
        assertTrue(decoded.changes().isEmpty());
        assertNull(decoded.compositionTargetId());
        assertNull(decoded.elements().get(0).migrationState());
        assertNull(decoded.elements().get(0).stage());
    }

    @Test
    void aSyncWithoutTargetOrSubStateParsesWithThemNull() {
        var sync = new InstanceSync(UUID.randomUUID(), Instant.now(), participant, null, UUID.randomUUID(),
                UUID.randomUUID(), "n", "1.0.0", 4, ElementDeployState.DEPLOYED, ElementLockState.LOCKED,
                OperationResult.NO_ERROR, false, List.of(element()), 3, null);
        String json = withoutFields(codec.encode(sync), "compositionTargetId", "subState", "migrationState", "stage");
        assertFalse(json.contains("subState"), json);

        var decoded = (InstanceSync) codec.decode(ParticipantMessageType.of(sync).name(), json);

        assertEquals(sync, decoded);
        assertNull(decoded.subState());
    }

    private static String withoutFields(String json, String... fields) {
        return json.replaceAll(",?\"(" + String.join("|", fields) + ")\":(null|\"[^\"]*\"|[^,}\\[]*)", "")
                .replace("{,", "{");
    }

    private static InstanceElement element() {
        return new InstanceElement(UUID.randomUUID(), "Sim_StarterAutomationCompositionElement", "1.2.3", 0,
                Map.of(), Map.of(), Map.of("k", "v"), Map.of(), null, ElementDeployState.DEPLOYING,
                ElementLockState.NONE, null, null);
    }
}
