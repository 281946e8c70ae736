package dev.acmr.runtime.participant.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of one running replica of a participant; a replica gets a new one each time its process starts. */
public record ReplicaId(UUID value) implements Comparable<ReplicaId> {

    public ReplicaId {
        Objects.requireNonNull(value, "replica id");
    }

    /** Same order as PostgreSQL's uuid order, see {@link ParticipantId#compareTo}. */
    @Override
    public int compareTo(ReplicaId other) {
        return value.toString().compareTo(other.value.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
