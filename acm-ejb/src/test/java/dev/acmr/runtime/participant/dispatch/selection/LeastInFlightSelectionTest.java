package dev.acmr.runtime.participant.dispatch.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.runtime.participant.domain.ReplicaId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeastInFlightSelectionTest {

    private final List<ReplicaId> three = List.of(replica(1), replica(2), replica(3));

    @Test
    void theReplicaWithTheFewestOpenDispatchesIsChosen() {
        Map<ReplicaId, Long> load = Map.of(three.get(0), 4L, three.get(1), 1L, three.get(2), 3L);
        for (long ticket = 0; ticket < 5; ticket++) {
            assertEquals(three.get(1), LeastInFlightSelection.pick(load, ticket, three));
        }
    }

    @Test
    void aReplicaWithNothingRecordedCountsAsIdle() {
        assertEquals(three.get(2), LeastInFlightSelection.pick(Map.of(three.get(0), 1L, three.get(1), 2L), 7, three));
    }

    @Test
    void tiesRotateSoThatIdleReplicasShareTheWork() {
        Set<ReplicaId> chosen = new HashSet<>();
        for (long ticket = 0; ticket < 3; ticket++) {
            chosen.add(LeastInFlightSelection.pick(Map.of(), ticket, three));
        }
        assertEquals(Set.copyOf(three), chosen);
    }

    @Test
    void onlyCandidatesAreChosenEvenIfAnotherReplicaIsIdler() {
        Map<ReplicaId, Long> load = Map.of(three.get(0), 5L, three.get(1), 2L);
        assertEquals(three.get(1), LeastInFlightSelection.pick(load, 0, List.of(three.get(0), three.get(1))));
    }

    private static ReplicaId replica(int n) {
        return new ReplicaId(UUID.fromString("00000000-0000-0000-0000-00000000000" + n));
    }
}
