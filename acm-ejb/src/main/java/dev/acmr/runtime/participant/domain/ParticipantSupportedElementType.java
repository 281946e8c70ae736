package dev.acmr.runtime.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** An element type that a participant declared it supports. Immutable once stored. */
@Entity
@Table(name = "participant_supported_element_type")
public class ParticipantSupportedElementType {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @Column(name = "type_name", nullable = false, updatable = false)
    private String typeName;

    @Column(name = "type_version", nullable = false, updatable = false)
    private String typeVersion;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ParticipantSupportedElementType() {
        // for JPA
    }

    ParticipantSupportedElementType(Participant participant, ElementType type) {
        this.id = SupportedElementTypeId.of(participant.id(), type).value();
        this.participant = participant;
        this.typeName = type.name();
        this.typeVersion = type.version();
    }

    public SupportedElementTypeId id() {
        return new SupportedElementTypeId(id);
    }

    public ElementType elementType() {
        return new ElementType(typeName, typeVersion);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParticipantSupportedElementType type && id.equals(type.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SupportedElementType[" + id + ", " + typeName + ":" + typeVersion + "]";
    }
}
