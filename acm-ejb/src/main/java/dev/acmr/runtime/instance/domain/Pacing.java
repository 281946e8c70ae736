package dev.acmr.runtime.instance.domain;

import java.util.Optional;

/**
 * How an order's messages reach the participants. By start phase, the runtime sends one message per phase and the
 * participants run only the elements of that phase; by stage, each ack reports the element's next stage; otherwise a
 * single message goes to every participant, or none at all for a plain update.
 */
public enum Pacing {
    ASCENDING_START_PHASES(Direction.ASCENDING, true),
    DESCENDING_START_PHASES(Direction.DESCENDING, true),
    ASCENDING_STAGES(Direction.ASCENDING, false),
    DESCENDING_STAGES(Direction.DESCENDING, false),
    ONE_MESSAGE(null, false),
    NO_MESSAGE(null, false);

    private final Direction direction;
    private final boolean byStartPhase;

    Pacing(Direction direction, boolean byStartPhase) {
        this.direction = direction;
        this.byStartPhase = byStartPhase;
    }

    /** The direction phases or stages run in; empty when there is a single message or none. */
    public Optional<Direction> direction() {
        return Optional.ofNullable(direction);
    }

    public boolean isByStartPhase() {
        return byStartPhase;
    }

    public boolean isByStage() {
        return direction != null && !byStartPhase;
    }
}
