package dev.acmr.participant.adapter.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantStatus;
import dev.acmr.messages.ParticipantSyncComplete;
import dev.acmr.messages.ParticipantSyncRequest;
import dev.acmr.participant.adapter.view.CompositionFixtures;
import dev.acmr.participant.adapter.view.InstanceFixtures;
import dev.acmr.participant.adapter.view.ParticipantView;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The adapter's side of replication: gaps are noticed, full syncs complete and confirm, what the runtime dropped goes. */
class ReplicaSyncTest {

    private final ParticipantView view = new ParticipantView(UUID.randomUUID());
    private final List<ParticipantMessage> sent = new ArrayList<>();
    private final MutableClock clock = new MutableClock();
    private final ReplicaSync sync = new ReplicaSync(view,
            new ParticipantMessages(CompositionFixtures.SETTINGS, clock, UUID::randomUUID), sent::add, clock);
    private final UUID instance = UUID.randomUUID();

    @Test
    void aSyncNamingARevisionThisReplicaNeverHeldAsksForAFullSync() {
        completeFullSync(UUID.randomUUID(), List.of());
        sent.clear();

        applyBroadcast(instance, 5, 3);
        sync.checkGaps();
        assertTrue(sent.isEmpty(), "the missing sync may still come: syncs of two nodes can cross");

        clock.advance(ReplicaSync.GAP_GRACE);
        sync.checkGaps();

        assertEquals(1, sent.size(), sent.toString());
        assertTrue(sent.get(0) instanceof ParticipantSyncRequest);
    }

    @Test
    void aMissingSyncArrivingLateIsNoGap() {
        completeFullSync(UUID.randomUUID(), List.of());
        applyBroadcast(instance, 2, 0);
        sent.clear();

        applyBroadcast(instance, 4, 3);
        applyBroadcast(instance, 3, 2);
        clock.advance(ReplicaSync.GAP_GRACE.plusSeconds(1));
        sync.checkGaps();

        assertTrue(sent.isEmpty(), sent.toString());
    }

    @Test
    void aSyncFollowingTheOneHeldAsksForNothing() {
        completeFullSync(UUID.randomUUID(), List.of());
        applyBroadcast(instance, 3, 0);
        applyBroadcast(instance, 5, 3);
        applyBroadcast(instance, 5, 3);
        assertTrue(sent.stream().noneMatch(ParticipantSyncRequest.class::isInstance), sent.toString());
    }

    @Test
    void gapsAreIgnoredWhileAFullSyncIsAwaitedAndAskedAgainWhenItIsOverdue() {
        sync.onRegistering();
        applyBroadcast(instance, 5, 3);
        assertTrue(sent.isEmpty(), "the registration's full sync brings it anyway");

        clock.advance(ReplicaSync.REQUEST_PATIENCE.plusSeconds(1));
        applyBroadcast(UUID.randomUUID(), 7, 6);
        clock.advance(ReplicaSync.GAP_GRACE);
        sync.checkGaps();
        assertEquals(1, sent.size(), "the full sync never came: ask");
    }

    @Test
    void aCompletedFullSyncDropsWhatItDidNotListButKeepsWhatArrivedMeanwhile() {
        UUID gone = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID created = UUID.randomUUID();
        applyBroadcast(gone, 2, 0);
        applyBroadcast(kept, 2, 0);
        UUID syncId = UUID.randomUUID();
        sync.beforeInstanceSync(kept, 4, 0, syncId);
        view.instanceView().apply(InstanceFixtures.sync(kept, 4, ElementDeployState.DEPLOYED, ElementLockState.LOCKED));
        applyBroadcast(created, 1, 0);

        completeFullSync(syncId, List.of(kept));

        assertTrue(view.instanceView().get(gone).isEmpty(), "deleted while this replica missed it");
        assertTrue(view.instanceView().get(kept).isPresent());
        assertTrue(view.instanceView().get(created).isPresent(), "created after the full sync began");
        ParticipantStatus status = (ParticipantStatus) sent.get(sent.size() - 1);
        assertEquals(syncId, status.syncedId(), "the completion is confirmed at once");
        assertEquals(2, status.heldCount());
        assertEquals(5, status.heldRevision());
    }

    private void applyBroadcast(UUID id, long revision, long previous) {
        sync.beforeInstanceSync(id, revision, previous, null);
        view.instanceView().apply(InstanceFixtures.sync(id, revision, ElementDeployState.DEPLOYED,
                ElementLockState.LOCKED));
    }

    private void completeFullSync(UUID syncId, List<UUID> instances) {
        sync.onComplete(new ParticipantSyncComplete(UUID.randomUUID(), Instant.EPOCH, CompositionFixtures.PARTICIPANT,
                CompositionFixtures.REPLICA, syncId, List.of(), instances));
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-24T12:00:00Z");

        void advance(java.time.Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
