package dev.acmr.participant.adapter.view;

import dev.acmr.messages.SyncSnapshot;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bookkeeping both views share: what is held per id, and the revision each deleted id was deleted at, so that a
 * late, older sync or order cannot bring it back. Not synchronised itself: each view serialises its writes, and
 * reads of {@link #get} see one immutable entry.
 */
final class RevisionedEntries<V extends Revisioned> {

    /**
     * How many deletes are remembered. A late sync arrives within seconds; this many deletes of other entries in
     * between cannot happen in that time, and the bound keeps a long-running replica's memory flat.
     */
    static final int DELETES_REMEMBERED = 10_000;

    private final Map<UUID, V> held = new ConcurrentHashMap<>();
    // When each held entry was last written, in this replica's own order of writes (see retainOnly).
    private final Map<UUID, Long> writtenAt = new ConcurrentHashMap<>();
    // The runtime's database transaction that last sent each held entry (absent if unknown), see retainOnly.
    private final Map<UUID, Long> writtenIn = new ConcurrentHashMap<>();
    private long writes;
    private final Map<UUID, Long> deletedAt = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Long> eldest) {
            return size() > DELETES_REMEMBERED;
        }
    };

    /** Whether a runtime sync at {@code revision} is newer than what is held or was deleted. */
    boolean acceptsSync(UUID id, long revision) {
        V current = held.get(id);
        if (current != null) {
            return current.isOlderThan(revision);
        }
        Long deleted = deletedAt.get(id);
        return deleted == null || revision > deleted;
    }

    /** Whether an order at {@code revision} is not older than what is held or was deleted. */
    boolean acceptsOrder(UUID id, long revision) {
        V current = held.get(id);
        Long deleted = deletedAt.get(id);
        return (current == null || current.revision() <= revision) && (deleted == null || deleted <= revision);
    }

    /** A write of this replica's own (an order, a report): the runtime's transaction that sent the entry stays. */
    void put(UUID id, V entry) {
        deletedAt.remove(id);
        held.put(id, entry);
        writtenAt.put(id, ++writes);
    }

    /** A write from a runtime sync sent in {@code transaction} (0 if the sync does not say). */
    void put(UUID id, V entry, long transaction) {
        put(id, entry);
        if (transaction > 0) {
            writtenIn.put(id, transaction);
        } else {
            writtenIn.remove(id);
        }
    }

    void delete(UUID id, long revision) {
        held.remove(id);
        writtenAt.remove(id);
        writtenIn.remove(id);
        deletedAt.put(id, revision);
        writes++;
    }

    /** The revision held for {@code id}, or the one it was deleted at; empty if this replica never had it. */
    Optional<Long> revisionOf(UUID id) {
        V current = held.get(id);
        return current != null ? Optional.of(current.revision()) : Optional.ofNullable(deletedAt.get(id));
    }

    /** The current position in this replica's order of writes. */
    long writeMark() {
        return writes;
    }

    /**
     * Keeps only the listed entries and those the full sync's read could not see: a full sync lists everything the
     * participant holds, so an entry beyond it was deleted while this replica missed the news, unless the runtime
     * sent it in a transaction the read's {@code snapshot} did not see (it committed after). Where that transaction
     * or the snapshot is unknown, an entry written here since {@code mark} stays. Returns the ids dropped.
     */
    List<UUID> retainOnly(Set<UUID> listed, long mark, SyncSnapshot snapshot) {
        List<UUID> dropped = held.keySet().stream()
                .filter(id -> !listed.contains(id) && !writtenAfterTheRead(id, mark, snapshot))
                .toList();
        dropped.forEach(id -> delete(id, held.get(id).revision()));
        return dropped;
    }

    private boolean writtenAfterTheRead(UUID id, long mark, SyncSnapshot snapshot) {
        Long transaction = writtenIn.get(id);
        if (snapshot != null && transaction != null) {
            return !snapshot.saw(transaction);
        }
        return writtenAt.getOrDefault(id, 0L) > mark;
    }

    int count() {
        return held.size();
    }

    long revisionSum() {
        return held.values().stream().mapToLong(Revisioned::revision).sum();
    }

    Optional<V> get(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(held.get(id));
    }

    Collection<V> values() {
        return held.values();
    }
}
