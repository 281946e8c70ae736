package dev.acmr.runtime.participant.application;

import dev.acmr.runtime.participant.domain.ReplicaAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One replica is to receive everything its participant holds: it registered (first start or restart), was taken
 * back, asked for it, or an operator forced it. Fired synchronously in that transaction; each observer sends its part
 * (compositions first, then instances) tagged with {@link #syncId()} and lists what it sent, and the sync ends with a
 * message listing all of it.
 */
public final class FullSyncRequested {

    private final ReplicaAddress replica;
    private final UUID syncId;
    private final List<UUID> compositionIds = new ArrayList<>();
    private final List<UUID> instanceIds = new ArrayList<>();

    public FullSyncRequested(ReplicaAddress replica, UUID syncId) {
        this.replica = replica;
        this.syncId = syncId;
    }

    public ReplicaAddress replica() {
        return replica;
    }

    public UUID syncId() {
        return syncId;
    }

    public void sentCompositions(List<UUID> ids) {
        compositionIds.addAll(ids);
    }

    public void sentInstances(List<UUID> ids) {
        instanceIds.addAll(ids);
    }

    public List<UUID> compositionIds() {
        return List.copyOf(compositionIds);
    }

    public List<UUID> instanceIds() {
        return List.copyOf(instanceIds);
    }
}
