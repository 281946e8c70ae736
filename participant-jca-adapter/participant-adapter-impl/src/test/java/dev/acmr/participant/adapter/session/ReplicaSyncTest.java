package dev.acmr.participant.adapter.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantStatus;
import dev.acmr.messages.ParticipantSyncComplete;
import dev.acmr.messages.ParticipantSyncRequest;
import dev.acmr.messages.SyncSnapshot;
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

    @Test
    void aSyncCommittedAfterTheRuntimesReadButArrivingBeforeTheFullSyncStays() {
        UUID gone = UUID.randomUUID();
        UUID created = UUID.randomUUID();
        UUID listed = UUID.randomUUID();
        applyBroadcast(gone, 2, 0);
        sync.onReconnected(); // asks; the runtime reads what it lists once the ask reaches it
        applyBroadcast(created, 1, 0); // the other node committed this after that read, and it arrives first
        UUID syncId = UUID.randomUUID();
        sync.beforeInstanceSync(listed, 3, 0, syncId);
        view.instanceView().apply(InstanceFixtures.sync(listed, 3, ElementDeployState.DEPLOYED,
                ElementLockState.LOCKED));

        completeFullSync(syncId, List.of(listed));

        assertTrue(view.instanceView().get(created).isPresent(), "written after the runtime's read");
        assertTrue(view.instanceView().get(gone).isEmpty(), "written before the ask and not listed: deleted");
    }

    @Test
    void aLongFullSyncInProgressIsNotAskedForAgain() {
        sync.onRegistering();
        UUID syncId = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            clock.advance(ReplicaSync.REQUEST_PATIENCE.minusSeconds(1));
            UUID each = UUID.randomUUID();
            sync.beforeInstanceSync(each, 1, 0, syncId);
            view.instanceView().apply(InstanceFixtures.sync(each, 1, ElementDeployState.DEPLOYED,
                    ElementLockState.LOCKED));
        }
        applyBroadcast(instance, 5, 3);
        clock.advance(ReplicaSync.GAP_GRACE);
        sync.checkGaps();
        assertTrue(sent.isEmpty(), "the full sync still arrives: " + sent);
    }

    @Test
    void theFullSyncsSnapshotDecidesWhatWasWrittenAfterItsRead() {
        UUID deleted = UUID.randomUUID();
        UUID createdAfterTheRead = UUID.randomUUID();
        UUID listed = UUID.randomUUID();
        applyStamped(deleted, 2, 0, 90);
        // The runtime read under snapshot 100:104:102; the other node committed this in 102 (running then) and
        // published it before the full sync's first message arrived. No ask of this replica's preceded the read.
        applyStamped(createdAfterTheRead, 1, 0, 102);
        UUID syncId = UUID.randomUUID();
        sync.beforeInstanceSync(listed, 3, 0, syncId);
        view.instanceView().apply(InstanceFixtures.sync(listed, 3, ElementDeployState.DEPLOYED,
                ElementLockState.LOCKED).writtenIn(103));
        applyStamped(deleted, 3, 2, 95); // late, after the first message: still seen by the read, and not listed

        sync.onComplete(new ParticipantSyncComplete(UUID.randomUUID(), Instant.EPOCH, CompositionFixtures.PARTICIPANT,
                CompositionFixtures.REPLICA, syncId, List.of(), List.of(listed), SyncSnapshot.parse("100:104:102")));

        assertTrue(view.instanceView().get(createdAfterTheRead).isPresent(), "committed after the read");
        assertTrue(view.instanceView().get(deleted).isEmpty(), "seen by the read and not listed: deleted");
        assertTrue(view.instanceView().get(listed).isPresent());
    }

    private void applyStamped(UUID id, long revision, long previous, long transaction) {
        sync.beforeInstanceSync(id, revision, previous, null);
        view.instanceView().apply(InstanceFixtures.sync(id, revision, ElementDeployState.DEPLOYED,
                ElementLockState.LOCKED).writtenIn(transaction));
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
