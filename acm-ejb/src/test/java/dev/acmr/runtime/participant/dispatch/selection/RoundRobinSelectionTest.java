package dev.acmr.runtime.participant.dispatch.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.runtime.participant.domain.ReplicaId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoundRobinSelectionTest {

    private final List<ReplicaId> three = List.of(replica(1), replica(2), replica(3));

    @Test
    void consecutiveTicketsVisitEveryReplicaInTurn() {
        List<ReplicaId> chosen = new ArrayList<>();
        for (long ticket = 1; ticket <= 6; ticket++) {
            chosen.add(RoundRobinSelection.pick(ticket, three));
        }
        assertEquals(List.of(three.get(1), three.get(2), three.get(0), three.get(1), three.get(2), three.get(0)), chosen);
    }

    @Test
    void aSingleReplicaIsAlwaysChosen() {
        assertEquals(three.get(0), RoundRobinSelection.pick(41, List.of(three.get(0))));
    }

    @Test
    void aCounterPastIntegerRangeStillPicksAValidReplica() {
        assertEquals(three.get((int) (((long) Integer.MAX_VALUE + 2) % 3)),
                RoundRobinSelection.pick((long) Integer.MAX_VALUE + 2, three));
        assertEquals(three.get(2), RoundRobinSelection.pick(-1, three));
    }

    private static ReplicaId replica(int n) {
        return new ReplicaId(UUID.fromString("00000000-0000-0000-0000-00000000000" + n));
    }
}
