package dev.acmr.runtime.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A participant: the element types it supports and the replicas currently alive. Participants are never deleted
 * (as in ONAP); one whose replicas have all gone is still known, with no replica.
 *
 * <p>The runtime writes this aggregate through idempotent SQL upserts in the repository, because two runtime nodes
 * may register replicas of the same participant at the same instant and only the database can arbitrate that. The
 * mutators here state the same rules (idempotent, never shrinking the supported types) for code that builds a
 * participant in memory.
 */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @Column(name = "participant_id", nullable = false, updatable = false)
    private UUID participantId;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    // Eager: the participant is always shown with both collections; list queries batch-load them.
    @OneToMany(mappedBy = "participant", fetch = FetchType.EAGER)
    private List<ParticipantSupportedElementType> supportedElementTypes = new ArrayList<>();

    @OneToMany(mappedBy = "participant", fetch = FetchType.EAGER)
    private List<ParticipantReplica> replicas = new ArrayList<>();

    protected Participant() {
        // for JPA
    }

    public Participant(ParticipantId id) {
        this.participantId = Objects.requireNonNull(id, "participant id").value();
    }

    public ParticipantId id() {
        return new ParticipantId(participantId);
    }

    /** Supported element types by name then version, so that every node lists them alike. */
    public List<ParticipantSupportedElementType> supportedElementTypes() {
        return supportedElementTypes.stream()
                .sorted(Comparator.comparing(ParticipantSupportedElementType::elementType))
                .toList();
    }

    /** Replicas, live (ON_LINE) and recently lost (OFF_LINE), oldest registration first. */
    public List<ParticipantReplica> replicasInRegistrationOrder() {
        return replicas.stream().sorted(ParticipantReplica.REGISTRATION_ORDER).toList();
    }

    /**
     * Whether some replica is alive, i.e. whether work can be given to this participant. Replicas the liveness sweep
     * found silent stay listed as OFF_LINE for a while, and do not count.
     */
    public boolean isOnline() {
        return replicas.stream().anyMatch(replica -> replica.state() == ParticipantState.ON_LINE);
    }

    public boolean supports(ElementType type) {
        return supportedElementTypes.stream().anyMatch(supported -> supported.elementType().equals(type));
    }

    /** Adds a supported type unless already there; types are never removed, so late messages cannot lose one. */
    public ParticipantSupportedElementType supportElementType(ElementType type) {
        Optional<ParticipantSupportedElementType> existing = supportedElementTypes.stream()
                .filter(supported -> supported.elementType().equals(type))
                .findFirst();
        return existing.orElseGet(() -> {
            ParticipantSupportedElementType added = new ParticipantSupportedElementType(this, type);
            supportedElementTypes.add(added);
            return added;
        });
    }

    /** Records that a replica spoke at {@code at}: adds it if new, otherwise refreshes its last message time. */
    public ParticipantReplica replicaHeard(ReplicaId replicaId, Instant at) {
        Optional<ParticipantReplica> existing = replica(replicaId);
        existing.ifPresent(replica -> replica.heardAt(at));
        return existing.orElseGet(() -> {
            ParticipantReplica added = new ParticipantReplica(this, replicaId, at);
            replicas.add(added);
            return added;
        });
    }

    public Optional<ParticipantReplica> replica(ReplicaId replicaId) {
        return replicas.stream().filter(replica -> replica.id().equals(replicaId)).findFirst();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Participant participant && participantId.equals(participant.participantId);
    }

    @Override
    public int hashCode() {
        return participantId.hashCode();
    }

    @Override
    public String toString() {
        return "Participant[" + participantId + ", " + supportedElementTypes.size() + " types, "
                + replicas.size() + " replicas]";
    }
}
