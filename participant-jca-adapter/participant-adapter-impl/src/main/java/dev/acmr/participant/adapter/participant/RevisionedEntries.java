package dev.acmr.participant.adapter.participant;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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

    void put(UUID id, V entry) {
        deletedAt.remove(id);
        held.put(id, entry);
    }

    void delete(UUID id, long revision) {
        held.remove(id);
        deletedAt.put(id, revision);
    }

    Optional<V> get(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(held.get(id));
    }

    Collection<V> values() {
        return held.values();
    }
}
