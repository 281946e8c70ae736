package dev.acmr.runtime.infrastructure.outbox;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/**
 * Publishes outbox rows that their node left behind (it stopped between a commit and the publication, or the broker
 * did not take them): rows older than {@link #STALE} are claimed by one node, under row locks skipped by the others,
 * and handed to its relay when the claim commits. A row whose own node is merely slow may so be published twice;
 * participants handle a message that arrives twice.
 */
@Stateless
public class OutboxSweep {

    /** Far above the time from a commit to its publication on a loaded node (milliseconds). */
    public static final Duration STALE = Duration.ofSeconds(10);
    /** Rows claimed per sweep and node: bounded, so one supervision cycle stays short. */
    static final int BATCH = 500;

    @Inject
    private MessageOutbox outbox;

    @Inject
    private TransactionalOutbox transactional;

    /** @return how many rows were claimed for publication */
    public int publishStale() {
        List<OutgoingMessage> stale = outbox.claimStale(STALE, BATCH);
        stale.forEach(transactional::afterCommit);
        return stale.size();
    }
}
