package dev.acmr.runtime.participant.repository;

import java.util.Optional;
import java.util.UUID;

/**
 * What the runtime knew of a replica when it registered again: the incarnation it ran as, and whether a full sync
 * sent to it is still in progress (a register repeated while the first one's full sync runs needs no second one).
 */
public record KnownReplica(Optional<UUID> incarnation, boolean syncInProgress) {

    public static final KnownReplica UNKNOWN = new KnownReplica(Optional.empty(), false);

    /** Whether a register with {@code registering} means the replica process restarted. */
    public boolean restartedAs(UUID registering) {
        return registering != null && incarnation.isPresent() && !incarnation.get().equals(registering);
    }
}
