package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.tosca.JsonDocumentReader;
import dev.acmr.runtime.composition.tosca.JsonDocumentWriter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The migration a running migrate precheck asks participants about: the elements the instance would have after it
 * (NEW and REMOVED marked). A precheck leaves the instance's rows alone, so its messages, and any failover of them,
 * are built from this; it goes when the precheck ends.
 */
@Entity
@Table(name = "instance_precheck")
public class PrecheckPlan {

    @Id
    @Column(name = "instance_id", nullable = false, updatable = false)
    private UUID instanceId;

    @Column(name = "composition_target_id", nullable = false)
    private UUID compositionTargetId;

    @Column(name = "changes", nullable = false)
    private String changes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PrecheckPlan() {
        // for JPA
    }

    public PrecheckPlan(UUID instanceId, CompositionId compositionTargetId, List<SnapshotElement> wouldBe,
            Instant createdAt) {
        this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
        this.compositionTargetId = Objects.requireNonNull(compositionTargetId, "compositionTargetId").value();
        this.changes = new JsonDocumentWriter().write(SnapshotElement.toTrees(List.copyOf(wouldBe)));
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public UUID instanceId() {
        return instanceId;
    }

    public CompositionId compositionTargetId() {
        return new CompositionId(compositionTargetId);
    }

    /** The elements the instance would have after the migration. */
    public List<SnapshotElement> wouldBe() {
        return SnapshotElement.fromTrees(new JsonDocumentReader().read(changes));
    }

    public Instant createdAt() {
        return createdAt;
    }
}
