package dev.acmr.runtime.participant.repository;

import java.time.Instant;
import java.util.Optional;

/** One line of the dispatch log: the dispatch, when it was made, and when and how it was settled. */
public record DispatchRecord(OpenDispatch dispatch, Instant dispatchedAt, Optional<Instant> settledAt) {
}
