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
 * Both parts are read through the instance and change only through it: its {@link #migration()} and the
 * {@link #outcomes()} of its elements are views that change them too.
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

    /** Its migrations and rollbacks, as changes to its element rows. */
    public InstanceMigration migration() {
        return new InstanceMigration(this, elements, bookkeeping());
    }

    /** Applies what participants report about its elements while its orders run. */
    public ElementOutcomes outcomes() {
        return new ElementOutcomes(this, elements, progress, bookkeeping());
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

    /** Nothing the runtime holds changed, but replicas must take the instance again: a new revision to send. */
    public void revised() {
        bookkeeping().revise();
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
