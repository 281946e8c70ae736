package dev.acmr.messages.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.messages.InstanceOperation;
import dev.acmr.messages.InstanceOrder;
import dev.acmr.messages.ParticipantStatusRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageLogIdsTest {

    private static final UUID PARTICIPANT = UUID.randomUUID();
    private static final UUID REPLICA = UUID.randomUUID();

    @Test
    void anOrderNamesItsInstanceCompositionAndReplica() {
        UUID instance = UUID.randomUUID();
        UUID composition = UUID.randomUUID();
        InstanceOrder order = new InstanceOrder(UUID.randomUUID(), Instant.now(), PARTICIPANT, REPLICA, instance,
                composition, InstanceOperation.DEPLOY, 3, 0, List.of());
        assertEquals(Map.of(LogKey.REQUEST_ID, "req-1", LogKey.PARTICIPANT_ID, PARTICIPANT, LogKey.REPLICA_ID, REPLICA,
                LogKey.COMPOSITION_ID, composition, LogKey.INSTANCE_ID, instance), MessageLogIds.of(order, "req-1"));
    }

    @Test
    void whatAMessageDoesNotNameIsLeftOut() {
        ParticipantStatusRequest request = new ParticipantStatusRequest(UUID.randomUUID(), Instant.now(), PARTICIPANT,
                null);
        assertEquals(Map.of(LogKey.PARTICIPANT_ID, PARTICIPANT), MessageLogIds.of(request, null));
        assertEquals(Map.of(LogKey.PARTICIPANT_ID, PARTICIPANT), MessageLogIds.of(request, ""));
    }
}
