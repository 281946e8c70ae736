package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.shared.OrderedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An automation composition instance (ONAP's AutomationComposition): its name and version, the composition it
 * instantiates, where it stands in its orders ({@link InstanceProgress}), and its elements ({@link InstanceElements}).
 * Both parts are read through the instance and change only through it.
 *
 * <p>The rules are the pure ones of this package: {@link InstanceOrderPolicy} decides whether an order is accepted,
 * {@link OrderEffect} what it sets, {@link RetryScope} which elements it targets and {@link Completion} where it
 * ends. As an {@link OrderedEntity} it counts the changes participants hold a copy of and the revision the running
 * order started at, which the participants echo in their acks.
 */
@Entity
@Table(name = "automation_composition_instance")
public class AutomationCompositionInstance extends OrderedEntity {

    @Id
    @Column(name = "instance_id", nullable = false, updatable = false)
    private UUID instanceId;

    @Column(name = "composition_id", nullable = false)
    private UUID compositionId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "version", nullable = false)
    private String version;

    @Column(name = "description")
    private String description;

    // Text, as the other nullable ids (see CompositionElement): EclipseLink binds a null UUID as varchar.
    @Column(name = "composition_target_id")
    private String compositionTargetId;

    @Embedded
    private InstanceProgress progress;

    // Eager: an instance is always shown and ordered with its elements; list queries batch-load them.
    @OneToMany(mappedBy = "instance", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<InstanceElement> elements = new ArrayList<>();

    protected AutomationCompositionInstance() {
        // for JPA
    }

    /** A new instance, UNDEPLOYED with no lock state (ONAP), with the given elements. */
    public AutomationCompositionInstance(UUID instanceId, CompositionId composition, ToscaIdentifier nameAndVersion,
            String description, List<NewInstanceElement> newElements, Instant now) {
        super(now);
        this.instanceId = Objects.requireNonNull(instanceId, "instance id");
        this.compositionId = Objects.requireNonNull(composition, "composition").value();
        this.name = Objects.requireNonNull(nameAndVersion, "name").name();
        this.version = nameAndVersion.version();
        this.description = description;
        this.progress = InstanceProgress.created();
        newElements.forEach(element -> elements.add(new InstanceElement(this, element)));
    }

    public UUID id() {
        return instanceId;
    }

    public CompositionId compositionId() {
        return new CompositionId(compositionId);
    }

    public ToscaIdentifier nameAndVersion() {
        return new ToscaIdentifier(name, version);
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** ONAP's revisionId: new with every revision. */
    public UUID revisionId() {
        return bookkeeping().revisionId(instanceId);
    }

    /** The composition the instance is being migrated to (ONAP's compositionTargetId); empty when none. */
    public Optional<CompositionId> compositionTargetId() {
        return Optional.ofNullable(compositionTargetId).map(id -> new CompositionId(UUID.fromString(id)));
    }

    /** Records the composition named as the target, as ONAP stores a compositionTargetId given at creation. */
    public void targetComposition(CompositionId target) {
        this.compositionTargetId = target == null ? null : target.value().toString();
    }

    public InstanceStatus status() {
        return progress.status();
    }

    /** Its status, the order running on it and the start phase last sent; read only outside this package. */
    public InstanceProgress progress() {
        return progress;
    }

    public boolean isDeleted() {
        return progress.is(DeployState.DELETED);
    }

    /** The elements by definition name, then id, so that every node lists and dispatches them alike. */
    public InstanceElements elements() {
        return new InstanceElements(elements, progress);
    }

    public Optional<InstanceElement> element(UUID elementId) {
        return elements.stream().filter(element -> element.id().equals(elementId)).findFirst();
    }

    // ---- updates ----

    /**
     * Replaces the properties of the listed elements (and their description when given), and returns the
     * properties they had: an UPDATE sends them as previousProperties. An id of no element (check first with
     * {@link #element}) is an IllegalArgumentException.
     */
    public Map<UUID, Map<String, Object>> replaceProperties(Map<UUID, Map<String, Object>> newProperties,
            Map<UUID, String> newDescriptions, Instant now) {
        Map<UUID, Map<String, Object>> previous = elements().properties();
        rows().replaceProperties(newProperties, newDescriptions);
        bookkeeping().revise(now);
        return previous;
    }

    /**
     * Replaces what an UNDEPLOYED instance is, as ONAP's update of an undeployed instance does: its name, version,
     * description and elements become the given ones (see {@link InstanceElementRows#replaceWith}). An instance not
     * UNDEPLOYED, or an element that keeps its id but not its definition, is an IllegalStateException: check first.
     */
    public void redefine(ToscaIdentifier newNameAndVersion, String newDescription,
            List<NewInstanceElement> newElements, Instant now) {
        if (!progress.is(DeployState.UNDEPLOYED)) {
            throw new IllegalStateException("instance " + instanceId + " is " + status().deployState()
                    + ", not UNDEPLOYED");
        }
        rows().replaceWith(newElements, element -> new InstanceElement(this, element));
        this.name = newNameAndVersion.name();
        this.version = newNameAndVersion.version();
        this.description = newDescription;
        bookkeeping().revise(now);
    }

    // ---- migrations and rollbacks (the rows are the "after" of the change, a RollbackSnapshot its "before") ----

    /**
     * Why the instance takes no update, migration or deploy: an element left NEW or REMOVED by a migration that did
     * not complete (ONAP's check, in its words); empty if every element is DEFAULT.
     */
    public Optional<String> migrationStateRefusal() {
        return elements.stream().filter(element -> element.migrationState() != MigrationState.DEFAULT).findFirst()
                .map(element -> "Instance cannot be deployed; There are elements in an invalid Migration state."
                        + "(ElementId: " + element.id() + ", MigrationState: " + element.migrationState() + ")");
    }

    /**
     * Applies an accepted migration to the rows at once, as ONAP stores the migrated instance when it accepts the
     * order: kept elements take their target definition and merged properties, added ones are NEW, dropped ones
     * REMOVED, and the instance names the target composition until the migration completes or is reverted.
     *
     * @throws IllegalArgumentException if the change set does not match the rows (see
     *         {@link InstanceElementRows#migrate})
     */
    public void migrate(CompositionId target, List<NewInstanceElement> kept, List<NewInstanceElement> added,
            Set<UUID> removed, Instant now) {
        rows().migrate(kept, added, removed, element -> new InstanceElement(this, element));
        targetComposition(Objects.requireNonNull(target, "target"));
        bookkeeping().revise(now);
    }

    /**
     * Applies an accepted rollback of a failed migration: the elements go back to the snapshot (see
     * {@link InstanceElementRows#revertMigration}). The instance still names the source composition and keeps the
     * target id until the revert completes, as ONAP's.
     *
     * @return the properties the elements had, those of the failed migration
     */
    public Map<UUID, Map<String, Object>> revertMigration(List<SnapshotElement> before, Instant now) {
        Map<UUID, Map<String, Object>> failed = elements().properties();
        rows().revertMigration(before, element -> new InstanceElement(this, element));
        bookkeeping().revise(now);
        return failed;
    }

    /**
     * Applies an accepted rollback of a failed update: the elements take back their properties.
     *
     * @return the properties the elements had, those of the failed update
     */
    public Map<UUID, Map<String, Object>> revertUpdate(List<SnapshotElement> before, Instant now) {
        Map<UUID, Map<String, Object>> failed = elements().properties();
        rows().revertUpdate(before);
        bookkeeping().revise(now);
        return failed;
    }

    /** The elements as they are now: the "before" a change about to be applied saves. */
    public List<SnapshotElement> snapshotElements() {
        return elements().stream().map(SnapshotElement::of).toList();
    }

    // ---- orders (used by dev.acmr.runtime.instance.lifecycle) ----

    /**
     * Starts an order the policy accepted: the instance takes the effect's status, the targeted elements the
     * order's transitional states, and a new order revision.
     */
    public void startOrder(InstanceOrder order, OrderEffect effect, Set<UUID> targets, Instant now,
            Instant deadline) {
        progress.start(order, effect.next());
        rows().start(order, effect.next(), targets);
        bookkeeping().startOrder(now, deadline);
    }

    /** Records that the start phase {@code sentPhase} was sent, and when the order now times out. */
    public void phaseSent(int sentPhase, Instant now, Instant deadline) {
        if (progress.phaseSent(sentPhase)) {
            bookkeeping().deadline(deadline);
        }
        bookkeeping().touch(now);
    }

    /** An element reports success: it takes the settled states, and what it reported is stored. */
    public void elementFinished(InstanceElement element, String message, Instant now) {
        InstanceStatus settled = progress.target().orElseThrow(
                () -> new IllegalStateException("No order runs on instance " + instanceId));
        element.finish(progress.runningOrder().orElseThrow(), settled, message);
        bookkeeping().touch(now);
    }

    /** An element reports failure: the order stops, FAILED, until the user orders again. */
    public void elementFailed(InstanceElement element, String message, Instant now) {
        element.fail(message);
        progress.fail();
        bookkeeping().clearDeadline();
        bookkeeping().touch(now);
    }

    /** Nothing the runtime holds changed, but replicas must take the instance again: a new revision to send. */
    public void revised() {
        bookkeeping().revise();
    }

    /**
     * Stores what a participant replica reported about an element's data (with an order's outcome or on its own),
     * unless the element holds newer data ({@link ReportOrder}). Returns whether the data changed hands: only then is
     * there a new revision for the replicas.
     */
    public boolean elementReported(InstanceElement element, ElementReport report) {
        if (!element.report(report)) {
            return false;
        }
        bookkeeping().revise();
        return true;
    }

    /**
     * A participant finished one stage of the running staged order on the element, and names its next stage; the
     * element stays in the order until it reports its final state.
     */
    public void elementStageReached(InstanceElement element, int next, String message, Instant now) {
        element.stageReached(next, message);
        bookkeeping().revise(now);
    }

    /**
     * A participant deleted an element the running migration (or its revert) takes away from it: the row goes, as
     * it would from the instance ONAP completes. The caller tells the participant's replicas if it runs no element
     * of the instance any more.
     */
    public void elementDeletedInMigration(InstanceElement element, Instant now) {
        if (!elements.remove(element)) {
            throw new IllegalArgumentException("instance " + instanceId + " has no element " + element.id());
        }
        bookkeeping().revise(now);
    }

    /**
     * Every element finished: the instance settles (see {@link Completion}); a DELETED one is for the caller to
     * remove. A completed migration makes the target composition the instance's own; a completed migration or revert
     * ends the migration marks. Stages are forgotten.
     */
    public void complete(Instant now) {
        DeployState completing = status().deployState();
        if (completing == DeployState.MIGRATING) {
            this.compositionId = compositionTargetId().orElseThrow(() -> new IllegalStateException(
                    "instance " + instanceId + " migrates with no target composition")).value();
        }
        if (completing == DeployState.MIGRATING || completing == DeployState.MIGRATION_REVERTING) {
            this.compositionTargetId = null;
            elements.forEach(InstanceElement::clearMigration);
        } else {
            elements.forEach(InstanceElement::clearStage);
        }
        progress.complete();
        bookkeeping().clearDeadline();
        bookkeeping().revise(now);
    }

    private InstanceElementRows rows() {
        return new InstanceElementRows(instanceId, elements);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AutomationCompositionInstance instance && instanceId.equals(instance.instanceId);
    }

    @Override
    public int hashCode() {
        return instanceId.hashCode();
    }

    @Override
    public String toString() {
        return "AutomationCompositionInstance[" + instanceId + ", " + name + " " + version + ", "
                + status().describe() + ", " + elements.size() + " elements]";
    }
}
