package dev.acmr.runtime.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderBookkeepingTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final UUID ENTITY = UUID.fromString("0b1d6a42-3c55-4f5e-9a44-7a2a7e0c9d11");

    private final OrderBookkeeping books = new OrderBookkeeping(T0);

    @Test
    void aNewEntityIsAtRevisionOneWithNoOrderAndNothingSynced() {
        assertEquals(1, books.revision());
        assertEquals(0, books.orderRevision());
        assertEquals(T0, books.lastMsg());
        assertEquals(Optional.empty(), books.operationDeadline());
        assertEquals(0, books.syncedToEveryReplica(), "nothing was sent to every replica before");
    }

    @Test
    void anOrderTakesANewRevisionThatItsAcksNameAndADeadline() {
        books.startOrder(T0.plusSeconds(1), T0.plusSeconds(30));

        assertEquals(2, books.revision());
        assertEquals(2, books.orderRevision());
        assertEquals(T0.plusSeconds(1), books.lastMsg());
        assertEquals(Optional.of(T0.plusSeconds(30)), books.operationDeadline());

        books.revise(T0.plusSeconds(2));
        assertEquals(3, books.revision());
        assertEquals(2, books.orderRevision(), "later changes keep the running order's revision");
    }

    @Test
    void theDeadlineMovesAndStopsWithoutTouchingTheRevisions() {
        books.startOrder(T0, T0.plusSeconds(30));
        books.deadline(T0.plusSeconds(60));
        assertEquals(Optional.of(T0.plusSeconds(60)), books.operationDeadline());

        books.clearDeadline();
        assertEquals(Optional.empty(), books.operationDeadline());
        assertEquals(2, books.revision());
        assertEquals(2, books.orderRevision());
    }

    @Test
    void aSyncToEveryReplicaReturnsTheRevisionSentToThemBefore() {
        books.revise();
        assertEquals(0, books.syncedToEveryReplica());
        assertEquals(2, books.syncedToEveryReplica(), "the second sync names the first");
        books.revise(T0.plusSeconds(5));
        assertEquals(2, books.syncedToEveryReplica());
        assertEquals(3, books.syncedToEveryReplica());
    }

    @Test
    void aRevisionWithoutTimeLeavesLastMsgAlone() {
        books.revise();
        assertEquals(2, books.revision());
        assertEquals(T0, books.lastMsg());
        books.touch(T0.plusSeconds(9));
        assertEquals(T0.plusSeconds(9), books.lastMsg());
        assertEquals(2, books.revision());
    }

    @Test
    void theRevisionIdIsNewWithEveryRevisionAndTheSameOnEveryNode() {
        UUID first = books.revisionId(ENTITY);
        assertEquals(first, new OrderBookkeeping(T0.plusSeconds(99)).revisionId(ENTITY), "derived, not random");
        assertEquals(RevisionId.of(ENTITY, 1), first);
        books.revise();
        assertNotEquals(first, books.revisionId(ENTITY));
        assertTrue(books.toString().contains("revision 2"));
    }

    @Test
    void aTimeIsRequired() {
        assertThrows(NullPointerException.class, () -> new OrderBookkeeping(null));
        assertThrows(NullPointerException.class, () -> books.touch(null));
    }
}
