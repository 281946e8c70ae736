package dev.acmr.participant.adapter.view;

import dev.acmr.messages.SyncSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What every view of this replica offers the full sync and the status report, over its revisioned entries. The
 * methods lock the view itself, as the subclasses' own methods do, so a full sync never interleaves with an update.
 */
abstract class RevisionedView<V extends Revisioned> {

    protected final RevisionedEntries<V> entries = new RevisionedEntries<>();

    /** The revision held (or deleted at) for {@code id}; empty if this replica never had it. */
    public synchronized Optional<Long> revisionOf(UUID id) {
        return entries.revisionOf(id);
    }

    public synchronized long writeMark() {
        return entries.writeMark();
    }

    /** Drops what a full sync did not list and was not written since {@code mark}; returns the ids dropped. */
    public synchronized List<UUID> retainOnly(Set<UUID> listed, long mark) {
        return entries.retainOnly(listed, mark, null);
    }

    /**
     * Drops what a full sync did not list and its {@code snapshot} saw (or, where the transaction is not known or
     * the snapshot is null, what was not written since {@code mark}); returns the ids dropped.
     */
    public synchronized List<UUID> retainOnly(Set<UUID> listed, long mark, SyncSnapshot snapshot) {
        return entries.retainOnly(listed, mark, snapshot);
    }

    /** How many are held and the sum of their revisions, as this replica reports them in its status. */
    public synchronized ViewHoldings holdings() {
        return new ViewHoldings(entries.count(), entries.revisionSum());
    }
}
