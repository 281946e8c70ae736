package dev.acmr.runtime.participant.dispatch;

import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One node's walk over failover's work list, a bounded batch per supervision cycle. Fair: each round starts after
 * the last orphan the previous round looked at and wraps around at the end, so orphans that cannot be moved (no
 * replica of their participant may be selected) do not hold the first places for ever and starve the others.
 * Isolated: each orphan is moved in its own transaction (the mover's), and one that fails is logged and skipped,
 * never ending the round. Not thread-safe: one sweeper calls it, one cycle at a time.
 */
public final class FailoverRound {

    private static final Logger LOG = Logger.getLogger(FailoverRound.class.getName());

    /** Reads the open orphaned dispatches with an id above {@code afterId}, oldest first, at most {@code limit}. */
    @FunctionalInterface
    public interface OrphanFinder {
        List<OpenDispatch> find(long afterId, int limit);
    }

    private final int batch;
    private long cursor;

    public FailoverRound(int batch) {
        this.batch = batch;
    }

    /**
     * Tries to move the next batch of orphans with {@code mover} (true when it moved one).
     *
     * @return how many were moved
     */
    public int run(OrphanFinder finder, Predicate<OpenDispatch> mover) {
        List<OpenDispatch> orphans = finder.find(cursor, batch);
        if (orphans.isEmpty() && cursor > 0) {
            cursor = 0;
            orphans = finder.find(cursor, batch);
        }
        // A short batch reached the end of the list: the next round starts from the beginning again.
        cursor = orphans.size() < batch ? 0 : orphans.get(orphans.size() - 1).id();
        int moved = 0;
        for (OpenDispatch orphan : orphans) {
            try {
                if (mover.test(orphan)) {
                    moved++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Failover of dispatch " + orphan.id() + " (" + orphan.dispatch() + ") failed;"
                        + " the other orphans go on, this one is tried again next round", e);
            }
        }
        return moved;
    }
}
