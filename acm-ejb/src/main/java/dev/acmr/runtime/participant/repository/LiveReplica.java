package dev.acmr.runtime.participant.repository;

import dev.acmr.runtime.participant.domain.ReplicaId;

/** A live replica and whether it may be given work now: it confirmed its full sync and is not drained. */
public record LiveReplica(ReplicaId id, boolean selectable) {
}
