package dev.acmr.runtime.infrastructure.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PendingPublicationTest {

    private final List<List<OutgoingMessage>> handedOver = new ArrayList<>();
    private final PendingPublication pending = new PendingPublication((messages, at) -> handedOver.add(messages));

    @Test
    void aCommittedTransactionsMessagesGoInTheOrderStored() {
        OutgoingMessage first = message("INSTANCE_ORDER");
        OutgoingMessage second = message("INSTANCE_SYNC");
        pending.add(first);
        pending.add(second);
        pending.beforeCompletion();
        assertTrue(handedOver.isEmpty(), "nothing leaves before the commit");
        pending.afterCompletion(Status.STATUS_COMMITTED);
        assertEquals(List.of(List.of(first, second)), handedOver);
    }

    @Test
    void aRolledBackTransactionsMessagesNeverGo() {
        pending.add(message("INSTANCE_ORDER"));
        pending.afterCompletion(Status.STATUS_ROLLEDBACK);
        assertTrue(handedOver.isEmpty());
    }

    @Test
    void aTransactionThatSentNothingHandsNothingOver() {
        pending.afterCompletion(Status.STATUS_COMMITTED);
        assertTrue(handedOver.isEmpty());
    }

    private static OutgoingMessage message(String type) {
        return new OutgoingMessage(UUID.randomUUID(), type, UUID.randomUUID(), null, null, "{}");
    }
}
