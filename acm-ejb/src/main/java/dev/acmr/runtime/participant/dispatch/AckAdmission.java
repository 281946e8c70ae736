package dev.acmr.runtime.participant.dispatch;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Whether an answer of a replica about a participant's part of the running order may be applied: the rule of
 * {@link ReplicaFence}, kept pure.
 *
 * <p>An answer naming its dispatch is admitted only if that dispatch belongs to the running order's part of this
 * participant, went to the answering replica, and is still the one that holds the work: open, or settled by the
 * order stopping with it still in place (FAILED, TIMEOUT: nobody else was given the work, and a late success after a
 * timeout still completes the order). A dispatch settled because the work moved to another replica, because it was
 * answered already, or because its phase or order ended, admits nothing more: a replica paused past the liveness
 * window that wakes up and reports cannot change an order another replica finished, even while the order as a whole
 * (other participants, later phases) still runs.
 *
 * <p>An answer naming no dispatch (an older adapter, or a report no order of this replica asked for) is admitted only
 * if no dispatch of the running order's part went to another replica: then it cannot be a stale answer of a replica
 * the work was taken from.
 */
public final class AckAdmission {

    /** The outcomes that stop the order with the dispatch still in its replica's hands. */
    private static final Set<String> STILL_HELD = Set.of(DispatchOutcome.FAILED.name(), DispatchOutcome.TIMEOUT.name());

    /** Why an answer was admitted or not. */
    public enum Verdict {
        ADMITTED,
        /** The named dispatch is not one of the running order's part of this participant. */
        UNKNOWN_DISPATCH,
        /** The named dispatch went to another replica than the one answering. */
        OTHER_REPLICA,
        /** The named dispatch was moved to another replica, answered already, or its phase or order ended. */
        DISPATCH_CLOSED,
        /** No dispatch named, and the part was given to another replica at some point of the running order. */
        UNNAMED_AFTER_FAILOVER;

        public boolean admitted() {
            return this == ADMITTED;
        }
    }

    private AckAdmission() {
    }

    /**
     * @param replica the answering replica
     * @param dispatchId the dispatch the answer names; null if none
     * @param part every dispatch of the participant's part of the running order (its revision), any state
     */
    public static Verdict judge(UUID replica, UUID dispatchId, List<PartDispatch> part) {
        if (dispatchId == null) {
            return part.stream().allMatch(dispatch -> dispatch.replica().equals(replica))
                    ? Verdict.ADMITTED : Verdict.UNNAMED_AFTER_FAILOVER;
        }
        Optional<PartDispatch> named = part.stream()
                .filter(dispatch -> dispatch.dispatchId().filter(dispatchId::equals).isPresent())
                .findFirst();
        if (named.isEmpty()) {
            return Verdict.UNKNOWN_DISPATCH;
        }
        if (!named.get().replica().equals(replica)) {
            return Verdict.OTHER_REPLICA;
        }
        if (named.get().open() || named.get().outcome().filter(STILL_HELD::contains).isPresent()) {
            return Verdict.ADMITTED;
        }
        return Verdict.DISPATCH_CLOSED;
    }
}
