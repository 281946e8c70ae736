package dev.acmr.participant.adapter.participant;

import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantSyncComplete;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Keeps this replica's copy whole, the adapter's side of replication: notices a sync it missed, asks the runtime for
 * a full sync then (and after a broker outage, when syncs may have been lost), completes full syncs (dropping what
 * the runtime no longer holds), and tells the runtime in each status how far its copy has got.
 *
 * <p>A sync to every replica names the revision of the previous one; holding less than that means one was missed.
 * Nothing is wrong in what this replica then holds (every sync carries the whole entity, and the newer one applies),
 * but a lost message may have been a deletion of something else, so the remedy is a full sync. No request is made
 * while a full sync is awaited, unless it is overdue ({@link #REQUEST_PATIENCE}).
 */
final class ReplicaSync {

    static final Duration REQUEST_PATIENCE = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(ReplicaSync.class.getName());

    private final ParticipantView view;
    private final ParticipantMessages messages;
    private final Consumer<ParticipantMessage> send;
    private final Clock clock;
    // Where each full sync in progress started, in the views' order of writes: what is written after it stays.
    private final Map<UUID, long[]> startMarks = new ConcurrentHashMap<>();
    private volatile UUID syncedId;
    // When a full sync was last asked for (by registering or requesting); null once one completed.
    private volatile Instant awaitingSince;

    ReplicaSync(ParticipantView view, ParticipantMessages messages, Consumer<ParticipantMessage> send, Clock clock) {
        this.view = view;
        this.messages = messages;
        this.send = send;
        this.clock = clock;
    }

    /** Before a composition sync is applied. */
    void beforeCompositionSync(UUID compositionId, long previousRevision, UUID syncId) {
        before(syncId, previousRevision, () -> view.compositionView().revisionOf(compositionId), compositionId);
    }

    /** Before an instance sync is applied. */
    void beforeInstanceSync(UUID instanceId, long previousRevision, UUID syncId) {
        before(syncId, previousRevision, () -> view.instanceView().revisionOf(instanceId), instanceId);
    }

    private void before(UUID syncId, long previousRevision, java.util.function.Supplier<Optional<Long>> held,
            UUID entityId) {
        if (syncId != null) {
            startMarks.computeIfAbsent(syncId, id -> marks());
            return;
        }
        if (previousRevision <= 0 || isAwaitingFullSync()) {
            return;
        }
        long holding = held.get().orElse(0L);
        if (holding < previousRevision) {
            request("missed the sync of " + entityId + " at revision " + previousRevision + " (holds " + holding + ")");
        }
    }

    /** The end of a full sync: drop what it did not list, note it done, and confirm it at once. */
    void onComplete(ParticipantSyncComplete complete) {
        long[] marks = Optional.ofNullable(startMarks.remove(complete.syncId())).orElseGet(this::marks);
        var droppedCompositions = view.compositionView().retainOnly(new HashSet<>(complete.compositionIds()), marks[0]);
        var droppedInstances = view.instanceView().retainOnly(new HashSet<>(complete.instanceIds()), marks[1]);
        syncedId = complete.syncId();
        awaitingSince = null;
        LOG.info(() -> "full sync " + complete.syncId() + " complete: " + complete.compositionIds().size()
                + " composition(s), " + complete.instanceIds().size() + " instance(s)"
                + (droppedCompositions.isEmpty() && droppedInstances.isEmpty() ? ""
                        : "; dropped " + droppedCompositions + " " + droppedInstances + ", which the runtime no longer holds"));
        send.accept(status());
    }

    /** The connection was lost and is back: syncs sent meanwhile are lost to this replica. */
    void onReconnected() {
        awaitingSince = null;
        request("reconnected to the broker");
    }

    /** A register was sent: the runtime answers it with a full sync. */
    void onRegistering() {
        awaitingSince = clock.instant();
    }

    /** This replica's status, with how far its copy has got. */
    ParticipantMessage status() {
        ViewHoldings holdings = view.compositionView().holdings().plus(view.instanceView().holdings());
        return messages.status(syncedId, holdings.count(), holdings.revisionSum());
    }

    private void request(String reason) {
        if (isAwaitingFullSync()) {
            return;
        }
        awaitingSince = clock.instant();
        LOG.info(() -> "asking the runtime for a full sync: " + reason);
        send.accept(messages.syncRequest(reason));
    }

    // A full sync asked for and not completed within the patience was lost (or the request was): ask again.
    private boolean isAwaitingFullSync() {
        Instant since = awaitingSince;
        return since != null && Duration.between(since, clock.instant()).compareTo(REQUEST_PATIENCE) < 0;
    }

    private long[] marks() {
        return new long[] {view.compositionView().writeMark(), view.instanceView().writeMark()};
    }
}
