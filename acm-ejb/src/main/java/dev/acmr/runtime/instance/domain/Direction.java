package dev.acmr.runtime.instance.domain;

import java.util.OptionalInt;
import java.util.stream.IntStream;

/** The order in which start phases or stages run: lowest first when building up, highest first when taking down. */
public enum Direction {
    ASCENDING,
    DESCENDING;

    /** The phase of these that runs first in this direction; empty if there is none. */
    public OptionalInt first(IntStream phases) {
        return this == ASCENDING ? phases.min() : phases.max();
    }
}
