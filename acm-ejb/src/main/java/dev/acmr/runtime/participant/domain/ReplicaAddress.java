package dev.acmr.runtime.participant.domain;

import java.util.Objects;

/**
 * One replica of one participant. Both parts travel together because a replica id alone does not say which
 * participant it claims to be, and every protocol message is addressed with both.
 */
public record ReplicaAddress(ParticipantId participantId, ReplicaId replicaId) {

    public ReplicaAddress {
        Objects.requireNonNull(participantId, "participant id");
        Objects.requireNonNull(replicaId, "replica id");
    }

    @Override
    public String toString() {
        return "participant " + participantId + " replica " + replicaId;
    }
}
