package dev.acmr.runtime.participant.domain;

import java.time.Duration;

/**
 * How long a replica may take to confirm a full sync before it is sent again: a fixed allowance for the round trip
 * and the heartbeat that carries the confirmation, plus a share per composition and instance sent, because the
 * replica applies them one by one. A fixed patience sends a big full sync again before the replica could ever
 * finish it, and each new copy only delays the confirmation further.
 */
public final class FullSyncPatience {

    /** The round trip, a heartbeat or two, and a small full sync. */
    public static final Duration BASE = Duration.ofSeconds(5);
    /** What applying one composition or instance may cost a replica, generously. */
    public static final Duration PER_ENTITY = Duration.ofMillis(5);

    private FullSyncPatience() {
    }

    /** The patience for a full sync of {@code entities} compositions and instances. */
    public static Duration forSize(int entities) {
        return BASE.plus(PER_ENTITY.multipliedBy(Math.max(0, entities)));
    }
}
