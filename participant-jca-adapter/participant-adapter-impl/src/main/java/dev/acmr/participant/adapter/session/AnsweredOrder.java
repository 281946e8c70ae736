package dev.acmr.participant.adapter.session;

import java.util.UUID;

/**
 * The order a report answers, as the runtime named it: its revision and the dispatch record it was sent under
 * (null when the runtime named none). Both travel back in the ack, so that the runtime can tell an answer to the
 * dispatch it holds now from a late answer to one it moved elsewhere.
 */
record AnsweredOrder(long revision, UUID dispatchId) {

    /** For a report no order of this replica asked for. */
    static final AnsweredOrder NONE = new AnsweredOrder(0L, null);
}
