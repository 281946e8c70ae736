package dev.acmr.runtime.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * A live replica of a participant. The row exists while the replica heartbeats; it is deleted on deregistration or
 * when it has been silent longer than the liveness window. Its sync and holdings columns are written by native
 * statements (registration, status) and only read here.
 */
@Entity
@Table(name = "participant_replica")
public class ParticipantReplica {

    /** Oldest registration first; the id breaks ties so that the order is total and the same on every node. */
    public static final Comparator<ParticipantReplica> REGISTRATION_ORDER =
            Comparator.comparing(ParticipantReplica::registeredAt).thenComparing(ParticipantReplica::id);

    @Id
    @Column(name = "replica_id", nullable = false, updatable = false)
    private UUID replicaId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_state", nullable = false)
    private ParticipantState state;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "last_msg", nullable = false)
    private Instant lastMsg;

    // Text: EclipseLink reads a NULL uuid badly (see the persistence notes); null once the replica confirmed its sync.
    @Column(name = "sync_id", insertable = false, updatable = false)
    private String syncId;

    @Column(name = "held_count", insertable = false, updatable = false)
    private int heldCount;

    @Column(name = "held_revision", insertable = false, updatable = false)
    private long heldRevision;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ParticipantReplica() {
        // for JPA
    }

    ParticipantReplica(Participant participant, ReplicaId replicaId, Instant registeredAt) {
        this.participant = participant;
        this.replicaId = replicaId.value();
        this.state = ParticipantState.ON_LINE;
        this.registeredAt = Objects.requireNonNull(registeredAt, "registration time");
        this.lastMsg = registeredAt;
    }

    public ReplicaId id() {
        return new ReplicaId(replicaId);
    }

    public ParticipantState state() {
        return state;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant lastMsg() {
        return lastMsg;
    }

    /** Whether the replica confirmed the last full sync it was sent (only then is it given work). */
    public boolean isSynced() {
        return syncId == null;
    }

    /** How many compositions and instances the replica said it holds in its last status. */
    public int heldCount() {
        return heldCount;
    }

    /** The sum of their revisions, as the replica said in its last status. */
    public long heldRevision() {
        return heldRevision;
    }

    /** Whether the replica has said nothing since {@code cutoff}, i.e. whether it is to be dropped. */
    public boolean isSilentSince(Instant cutoff) {
        return lastMsg.isBefore(cutoff);
    }

    /** Never moves the last message time back: a late, out-of-order message must not age a live replica. */
    void heardAt(Instant at) {
        if (at.isAfter(lastMsg)) {
            lastMsg = at;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParticipantReplica replica && replicaId.equals(replica.replicaId);
    }

    @Override
    public int hashCode() {
        return replicaId.hashCode();
    }

    @Override
    public String toString() {
        return "ParticipantReplica[" + replicaId + ", " + state + ", lastMsg " + lastMsg + "]";
    }
}
