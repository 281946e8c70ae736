package dev.acmr.runtime.participant.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Failover reaches every orphan in turn, and one it cannot move, or that fails, holds up no other. */
class FailoverRoundTest {

    private static final int BATCH = 50;

    /** The open orphans by id, as the repository lists them (oldest first, after an id, bounded). */
    private final TreeMap<Long, OpenDispatch> orphans = new TreeMap<>();
    private final List<Long> tried = new ArrayList<>();

    private void orphans(long from, long to) {
        LongStream.rangeClosed(from, to).forEach(id -> orphans.put(id, new OpenDispatch(id,
                new Dispatch(Dispatch.EntityKind.INSTANCE, UUID.randomUUID(), "DEPLOY", 0, 1),
                new ParticipantId(UUID.randomUUID()), new ReplicaId(UUID.randomUUID()))));
    }

    private List<OpenDispatch> find(long afterId, int limit) {
        return orphans.tailMap(afterId, false).values().stream().limit(limit).toList();
    }

    @Test
    void anOrphanBehindAFullBatchOfUnmovableOnesIsReachedOnTheNextRound() {
        orphans(1, 60); // 1..59 wait for a selectable replica that never comes; 60 can move
        FailoverRound round = new FailoverRound(BATCH);
        int moved = 0;
        for (int cycle = 0; cycle < 2; cycle++) {
            moved += round.run(this::find, orphan -> {
                tried.add(orphan.id());
                if (orphan.id() == 60) {
                    orphans.remove(60L);
                    return true;
                }
                return false;
            });
        }
        assertEquals(1, moved);
        assertTrue(tried.contains(60L), "tried: " + tried);
    }

    @Test
    void theRoundWrapsAroundToTheOldestAgain() {
        orphans(1, 70);
        FailoverRound round = new FailoverRound(BATCH);
        round.run(this::find, orphan -> tried.add(orphan.id()) && false);
        round.run(this::find, orphan -> tried.add(orphan.id()) && false);
        round.run(this::find, orphan -> tried.add(orphan.id()) && false);
        assertEquals(LongStream.rangeClosed(1, 70).boxed().toList(), tried.subList(0, 70));
        assertEquals(1L, tried.get(70), "after the end, the oldest again");
    }

    @Test
    void aThrowingOrphanDoesNotEndTheRound() {
        orphans(1, 3);
        int moved = new FailoverRound(BATCH).run(this::find, orphan -> {
            tried.add(orphan.id());
            if (orphan.id() == 1) {
                throw new IllegalStateException("its instance cannot be read");
            }
            return true;
        });
        assertEquals(List.of(1L, 2L, 3L), tried);
        assertEquals(2, moved);
        assertEquals(Set.of(1L, 2L, 3L), orphans.keySet(), "the finder's list is not the round's to change");
    }
}
