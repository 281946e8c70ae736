package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.tosca.JsonDocumentReader;
import dev.acmr.runtime.composition.tosca.JsonDocumentWriter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An instance's elements as they were before its last update, migration or rollback (ONAP's rollback table): the
 * "before" of the running change, while the instance's rows are its "after". One per instance; a new change replaces
 * it, and it goes with the instance.
 */
@Entity
@Table(name = "instance_rollback_snapshot")
public class RollbackSnapshot {

    @Id
    @Column(name = "instance_id", nullable = false, updatable = false)
    private UUID instanceId;

    @Column(name = "composition_id", nullable = false)
    private UUID compositionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "taken_for", nullable = false)
    private SnapshotPurpose takenFor;

    @Column(name = "elements", nullable = false)
    private String elements;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Version
    @Column(name = "entity_version", nullable = false)
    private long entityVersion;

    protected RollbackSnapshot() {
        // for JPA
    }

    public RollbackSnapshot(UUID instanceId, CompositionId compositionId, SnapshotPurpose takenFor,
            List<SnapshotElement> elements, Instant takenAt) {
        this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
        retake(compositionId, takenFor, elements, takenAt);
    }

    /** Replaces what the snapshot holds: a later change of the same instance. */
    public final void retake(CompositionId composition, SnapshotPurpose purpose, List<SnapshotElement> taken,
            Instant at) {
        this.compositionId = Objects.requireNonNull(composition, "composition").value();
        this.takenFor = Objects.requireNonNull(purpose, "purpose");
        this.elements = new JsonDocumentWriter().write(SnapshotElement.toTrees(List.copyOf(taken)));
        this.takenAt = Objects.requireNonNull(at, "at");
    }

    public UUID instanceId() {
        return instanceId;
    }

    /** The composition the instance belonged to when the snapshot was taken. */
    public CompositionId compositionId() {
        return new CompositionId(compositionId);
    }

    public SnapshotPurpose takenFor() {
        return takenFor;
    }

    public List<SnapshotElement> elements() {
        return SnapshotElement.fromTrees(new JsonDocumentReader().read(elements));
    }

    public Instant takenAt() {
        return takenAt;
    }
}
