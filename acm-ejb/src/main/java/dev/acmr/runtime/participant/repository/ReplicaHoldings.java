package dev.acmr.runtime.participant.repository;

import java.util.Optional;
import java.util.UUID;

/**
 * What a replica says it holds in a status: how many compositions and instances, the sum of their revisions, and the
 * last full sync it completed. Compared with the runtime's own figures for the participant, it shows the lag.
 */
public record ReplicaHoldings(int count, long revisionSum, Optional<UUID> syncedId) {

    public ReplicaHoldings {
        syncedId = syncedId == null ? Optional.empty() : syncedId;
    }
}
