package dev.acmr.participant.adapter.session;

import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantSyncComplete;
import dev.acmr.participant.adapter.view.ParticipantView;
import dev.acmr.participant.adapter.view.ViewHoldings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Keeps this replica's copy whole, the adapter's side of replication: notices a sync it missed, asks the runtime for
 * a full sync then (and after a broker outage, when syncs may have been lost), completes full syncs (dropping what
 * the runtime no longer holds), and tells the runtime in each status how far its copy has got.
 *
 * <p>A sync to every replica names the revision of the previous one; holding less than that means one was missed.
 * Nothing is wrong in what this replica then holds (every sync carries the whole entity, and the newer one applies),
 * but a lost message may have been a deletion of something else, so the remedy is a full sync. Syncs committed one
 * after the other on different runtime nodes may arrive in the other order, so a suspected gap waits
 * {@link #GAP_GRACE} for the missing revision before it counts. No request is made while a full sync is awaited,
 * unless it is overdue ({@link #REQUEST_PATIENCE} without a message of it: a long full sync in progress is not lost).
 *
 * <p>Completing a full sync drops what it did not list, except what was written after the runtime's read: the
 * runtime names the database snapshot it read under and stamps every sync with the transaction that sent it, so an
 * entry whose transaction the snapshot did not see stays. Without those (an older runtime), what was written since
 * this replica asked for the full sync, or since its first message if it asked for none, stays.
 */
final class ReplicaSync {

    static final Duration REQUEST_PATIENCE = Duration.ofSeconds(10);
    /**
     * How long a suspected gap waits for the missing revision: the runtime nodes publish after their commits, each
     * from its own outbox relay, and a node publishing a full sync of thousands of instances delays its other
     * messages by a second or two; a shorter grace turned that reordering into full syncs asked by every replica.
     */
    static final Duration GAP_GRACE = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(ReplicaSync.class.getName());

    private final ParticipantView view;
    private final ParticipantMessages messages;
    private final Consumer<ParticipantMessage> send;
    private final Clock clock;
    // Where each full sync in progress started, in the views' order of writes: what is written after it stays.
    private final Map<UUID, long[]> startMarks = new ConcurrentHashMap<>();
    // Where this replica stood when it first asked for the full sync still awaited (register or request); null when
    // none is. The runtime reads what it lists after the ask reached it, so anything written here before the ask
    // was committed before that read: unlisted, it was deleted. What was written since may be newer than the read.
    private volatile long[] askMarks;
    // Entity to the revision it seems to have missed, and since when: a gap if it has not come within the grace.
    private final Map<UUID, Gap> suspectedGaps = new ConcurrentHashMap<>();
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
    void beforeCompositionSync(UUID compositionId, long revision, long previousRevision, UUID syncId) {
        before(compositionId, revision, previousRevision, syncId,
                () -> view.compositionView().revisionOf(compositionId));
    }

    /** Before an instance sync is applied. */
    void beforeInstanceSync(UUID instanceId, long revision, long previousRevision, UUID syncId) {
        before(instanceId, revision, previousRevision, syncId, () -> view.instanceView().revisionOf(instanceId));
    }

    private void before(UUID entityId, long revision, long previousRevision, UUID syncId,
            Supplier<Optional<Long>> held) {
        if (syncId != null) {
            startMarks.computeIfAbsent(syncId, id -> marks());
            if (awaitingSince != null) {
                awaitingSince = clock.instant(); // a long full sync in progress is not a lost one
            }
            return;
        }
        suspectedGaps.computeIfPresent(entityId, (id, gap) -> gap.missing() == revision ? null : gap);
        if (previousRevision <= 0 || isAwaitingFullSync()) {
            return;
        }
        long holding = held.get().orElse(0L);
        if (holding < previousRevision) {
            suspectedGaps.putIfAbsent(entityId, new Gap(previousRevision, holding, clock.instant()));
        }
    }

    /** On each heartbeat: a suspected gap still open after the grace is a lost sync; ask for a full sync. */
    void checkGaps() {
        Instant now = clock.instant();
        suspectedGaps.entrySet().stream()
                .filter(entry -> Duration.between(entry.getValue().since(), now).compareTo(GAP_GRACE) >= 0)
                .findFirst()
                .ifPresent(entry -> {
                    suspectedGaps.clear();
                    request("missed the sync of " + entry.getKey() + " at revision " + entry.getValue().missing()
                            + " (holds " + entry.getValue().held() + ")");
                });
    }

    /** The end of a full sync: drop what it did not list, note it done, and confirm it at once. */
    void onComplete(ParticipantSyncComplete complete) {
        long[] marks = earliest(Optional.ofNullable(startMarks.remove(complete.syncId())).orElseGet(this::marks),
                askMarks);
        askMarks = null;
        var droppedCompositions = view.compositionView().retainOnly(new HashSet<>(complete.compositionIds()), marks[0],
                complete.snapshot());
        var droppedInstances = view.instanceView().retainOnly(new HashSet<>(complete.instanceIds()), marks[1],
                complete.snapshot());
        syncedId = complete.syncId();
        awaitingSince = null;
        suspectedGaps.clear();
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
        noteAsk();
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
        noteAsk();
        LOG.info(() -> "asking the runtime for a full sync: " + reason);
        send.accept(messages.syncRequest(reason));
    }

    // A full sync asked for and not completed within the patience was lost (or the request was): ask again.
    private boolean isAwaitingFullSync() {
        Instant since = awaitingSince;
        return since != null && Duration.between(since, clock.instant()).compareTo(REQUEST_PATIENCE) < 0;
    }

    private record Gap(long missing, long held, Instant since) {
    }

    private long[] marks() {
        return new long[] {view.compositionView().writeMark(), view.instanceView().writeMark()};
    }

    // The oldest outstanding ask counts: the full sync that answers may have been read after any of them.
    private void noteAsk() {
        if (askMarks == null) {
            askMarks = marks();
        }
    }

    /**
     * The earlier of where the full sync's first message found this replica and where it asked for it: a sync the
     * other runtime node committed after the full sync's read may arrive before its first message, and must stay.
     */
    static long[] earliest(long[] started, long[] asked) {
        if (asked == null) {
            return started;
        }
        return new long[] {Math.min(started[0], asked[0]), Math.min(started[1], asked[1])};
    }
}
