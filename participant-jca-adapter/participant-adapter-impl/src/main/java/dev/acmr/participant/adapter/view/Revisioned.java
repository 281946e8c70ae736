package dev.acmr.participant.adapter.view;

/** What the view holds of a composition or an instance: content at a revision of the runtime's. */
interface Revisioned {

    long revision();

    /** Whether a runtime sync at {@code syncRevision} replaces this content. */
    boolean isOlderThan(long syncRevision);
}
