package dev.acmr.runtime.participant.repository;

import dev.acmr.runtime.participant.domain.ReplicaAddress;
import java.util.UUID;

/** A full sync sent to a replica and not confirmed yet, under the id the replica will confirm it with. */
public record PendingSync(ReplicaAddress replica, UUID syncId) {
}
