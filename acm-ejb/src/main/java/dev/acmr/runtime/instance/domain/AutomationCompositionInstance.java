package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.RevisionId;
import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An automation composition instance (ONAP's AutomationComposition): its name and version, the composition it
 * instantiates, its states, the order running on it and the start phase last sent, and its elements.
 *
 * <p>The rules are the pure ones of this package: {@link InstanceOrderPolicy} decides whether an order is accepted,
 * {@link OrderEffect} what it sets, {@link RetryScope} which elements it targets and {@link Completion} where it
 * ends. {@code revision} counts the changes participants hold a copy of; {@code orderRevision} is the revision the
 * running order started at, which the participants echo in their acks.
 */
@Entity
@Table(name = "automation_composition_instance")
public class AutomationCompositionInstance {

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

    @Enumerated(EnumType.STRING)
    @Column(name = "deploy_state", nullable = false)
    private DeployState deployState;

    @Enumerated(EnumType.STRING)
    @Column(name = "lock_state", nullable = false)
    private LockState lockState;

    @Enumerated(EnumType.STRING)
    @Column(name = "sub_state", nullable = false)
    private SubState subState;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_change_result", nullable = false)
    private StateChangeResult stateChangeResult;

    @Enumerated(EnumType.STRING)
    @Column(name = "running_order")
    private InstanceOrder runningOrder;

    @Column(name = "phase")
    private Integer phase;

    @Column(name = "last_msg", nullable = false)
    private Instant lastMsg;

    @Column(name = "operation_deadline")
    private Instant operationDeadline;

    // Text, as the other nullable ids (see CompositionElement): EclipseLink binds a null UUID as varchar.
    @Column(name = "composition_target_id")
    private String compositionTargetId;

    @Column(name = "revision", nullable = false)
    private long revision;

    @Column(name = "order_revision", nullable = false)
    private long orderRevision;

    @Column(name = "synced_revision", nullable = false)
    private long syncedRevision;

    @Version
    @Column(name = "entity_version", nullable = false)
    private long entityVersion;

    // Eager: an instance is always shown and ordered with its elements; list queries batch-load them.
    @OneToMany(mappedBy = "instance", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<InstanceElement> elements = new ArrayList<>();

    protected AutomationCompositionInstance() {
        // for JPA
    }

    /** A new instance, UNDEPLOYED with no lock state (ONAP), with the given elements. */
    public AutomationCompositionInstance(UUID instanceId, CompositionId composition, ToscaIdentifier nameAndVersion,
            String description, List<NewInstanceElement> newElements, Instant now) {
        this.instanceId = Objects.requireNonNull(instanceId, "instance id");
        this.compositionId = Objects.requireNonNull(composition, "composition").value();
        this.name = Objects.requireNonNull(nameAndVersion, "name").name();
        this.version = nameAndVersion.version();
        this.description = description;
        setStatus(InstanceStatus.created());
        this.revision = 1;
        this.lastMsg = Objects.requireNonNull(now, "time");
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

    public InstanceStatus status() {
        return new InstanceStatus(deployState, lockState, subState, stateChangeResult);
    }

    /** The order running, or stopped short (FAILED or TIMEOUT); empty once the last order completed. */
    public Optional<InstanceOrder> runningOrder() {
        return Optional.ofNullable(runningOrder);
    }

    /** The start phase last sent for the running order; empty before the first and once it completed. */
    public Optional<Integer> phase() {
        return Optional.ofNullable(phase);
    }

    public Instant lastMsg() {
        return lastMsg;
    }

    public Optional<Instant> operationDeadline() {
        return Optional.ofNullable(operationDeadline);
    }

    /** ONAP's revisionId: new with every revision. */
    public UUID revisionId() {
        return RevisionId.of(instanceId, revision);
    }

    /** The composition the instance is being migrated to (ONAP's compositionTargetId); empty when none. */
    public Optional<CompositionId> compositionTargetId() {
        return Optional.ofNullable(compositionTargetId).map(id -> new CompositionId(UUID.fromString(id)));
    }

    /** Records the composition named as the target, as ONAP stores a compositionTargetId given at creation. */
    public void targetComposition(CompositionId target) {
        this.compositionTargetId = target == null ? null : target.value().toString();
    }

    public long revision() {
        return revision;
    }

    /**
     * Notes that every replica is sent the current revision now; returns the revision sent to every replica before,
     * which the sync names so that a replica that missed it can tell.
     */
    public long syncedToEveryReplica() {
        long previous = syncedRevision;
        syncedRevision = revision;
        return previous;
    }

    public long orderRevision() {
        return orderRevision;
    }

    /** The elements by definition name, then id, so that every node lists and dispatches them alike. */
    public List<InstanceElement> elements() {
        return elements.stream()
                .sorted(Comparator.comparing((InstanceElement element) -> element.definition().name())
                        .thenComparing(InstanceElement::id))
                .toList();
    }

    public Optional<InstanceElement> element(UUID elementId) {
        return elements.stream().filter(element -> element.id().equals(elementId)).findFirst();
    }

    public List<InstanceElement> elementsOf(ParticipantId participant) {
        return elements().stream().filter(element -> element.isRunBy(participant)).toList();
    }

    /** The participants running the elements, in element order. */
    public Set<ParticipantId> participants() {
        Set<ParticipantId> participants = new LinkedHashSet<>();
        elements().forEach(element -> participants.add(element.participant()));
        return participants;
    }

    /** Each element's status, in element order: what {@link RetryScope} reads. */
    public Map<UUID, ElementStatus> elementStatuses() {
        Map<UUID, ElementStatus> statuses = new LinkedHashMap<>();
        elements().forEach(element -> statuses.put(element.id(), element.status()));
        return statuses;
    }

    /** Each element's start phase, in element order: what {@link PhasePlan} reads. */
    public Map<UUID, Integer> startPhases() {
        Map<UUID, Integer> phases = new LinkedHashMap<>();
        elements().forEach(element -> phases.put(element.id(), element.startPhase()));
        return phases;
    }

    /** Records that something happened to the instance at {@code at} (ONAP's lastMsg). */
    public void touch(Instant at) {
        this.lastMsg = Objects.requireNonNull(at, "time");
    }

    // ---- updates ----

    /**
     * Replaces the properties of the listed elements (and their description when given), and returns the
     * properties they had: an UPDATE sends them as previousProperties.
     *
     * @throws IllegalArgumentException if an id names none of the elements; check first with {@link #element}
     */
    public Map<UUID, Map<String, Object>> replaceProperties(Map<UUID, Map<String, Object>> newProperties,
            Map<UUID, String> newDescriptions, Instant now) {
        Map<UUID, Map<String, Object>> previous = new LinkedHashMap<>();
        elements().forEach(element -> previous.put(element.id(), element.properties()));
        newProperties.forEach((id, properties) -> element(id)
                .orElseThrow(() -> new IllegalArgumentException("instance " + instanceId + " has no element " + id))
                .replaceProperties(properties));
        newDescriptions.forEach((id, text) -> element(id).ifPresent(element -> element.describe(text)));
        revision++;
        touch(now);
        return previous;
    }

    /**
     * Replaces what an UNDEPLOYED instance is, as ONAP's update of an undeployed instance does: its name, version,
     * description and elements become the given ones. An element that keeps its id keeps its row (and what its
     * participant reported) and takes the new properties and description; elements not given are removed.
     *
     * @throws IllegalStateException if the instance is not UNDEPLOYED, or an element keeps its id but not its
     *         definition; check first
     */
    public void redefine(ToscaIdentifier newNameAndVersion, String newDescription,
            List<NewInstanceElement> newElements, Instant now) {
        if (deployState != DeployState.UNDEPLOYED) {
            throw new IllegalStateException("instance " + instanceId + " is " + deployState + ", not UNDEPLOYED");
        }
        for (NewInstanceElement element : newElements) {
            element(element.id()).filter(kept -> !kept.definition().equals(element.definition())).ifPresent(kept -> {
                throw new IllegalStateException("element " + element.id() + " instantiates " + kept.definition()
                        + ", not " + element.definition());
            });
        }
        Map<UUID, NewInstanceElement> byId = new LinkedHashMap<>();
        newElements.forEach(element -> byId.put(element.id(), element));
        elements.removeIf(element -> !byId.containsKey(element.id()));
        for (NewInstanceElement element : newElements) {
            element(element.id()).ifPresentOrElse(row -> {
                row.replaceProperties(element.properties());
                row.describe(element.description());
            }, () -> elements.add(new InstanceElement(this, element)));
        }
        this.name = newNameAndVersion.name();
        this.version = newNameAndVersion.version();
        this.description = newDescription;
        revision++;
        touch(now);
    }

    public void describe(String newDescription) {
        this.description = newDescription;
    }

    // ---- orders (used by dev.acmr.runtime.instance.lifecycle) ----

    /**
     * Starts an order the policy accepted: the instance takes the effect's status, the targeted elements the
     * order's transitional states, and a new order revision.
     */
    public void startOrder(InstanceOrder order, OrderEffect effect, Set<UUID> targets, Instant now,
            Instant deadline) {
        setStatus(effect.next());
        elements.stream().filter(element -> targets.contains(element.id()))
                .forEach(element -> element.start(order, effect.next()));
        this.runningOrder = order;
        this.phase = null;
        this.operationDeadline = deadline;
        revision++;
        orderRevision = revision;
        touch(now);
    }

    /** The status the running order settles at; empty if no order runs. */
    public Optional<InstanceStatus> target() {
        InstanceStatus status = status();
        if (runningOrder == null || !status.isTransitional()) {
            return Optional.empty();
        }
        return Optional.of(Completion.of(new InstanceStatus(deployState, lockState, subState,
                StateChangeResult.NO_ERROR)));
    }

    /** Whether the element reached the running order's target; every element has when no order runs. */
    public boolean hasFinished(InstanceElement element) {
        return target().map(settled -> isLockOrder(runningOrder)
                ? element.lockState() == settled.lockState()
                : element.deployState() == settled.deployState()).orElse(true);
    }

    /** The ids of the elements that reached the running order's target. */
    public Set<UUID> finishedElements() {
        Set<UUID> finished = new LinkedHashSet<>();
        elements().stream().filter(this::hasFinished).forEach(element -> finished.add(element.id()));
        return finished;
    }

    /** Records that the start phase {@code sentPhase} was sent, and when the order now times out. */
    public void phaseSent(int sentPhase, Instant now, Instant deadline) {
        this.phase = sentPhase;
        if (stateChangeResult == StateChangeResult.NO_ERROR) {
            this.operationDeadline = deadline;
        }
        touch(now);
    }

    /** An element reports success: it takes the settled states, and what it reported is stored. */
    public void elementFinished(InstanceElement element, String message, Instant now) {
        InstanceStatus settled = target().orElseThrow(
                () -> new IllegalStateException("No order runs on instance " + instanceId));
        element.finish(runningOrder, settled, message);
        touch(now);
    }

    /** An element reports failure: the order stops, FAILED, until the user orders again. */
    public void elementFailed(InstanceElement element, String message, Instant now) {
        element.fail(message);
        this.stateChangeResult = StateChangeResult.FAILED;
        this.operationDeadline = null;
        touch(now);
    }

    /** Stores what a participant reported about an element outside of any order. */
    public void elementReported(InstanceElement element, String useState, String operationalState,
            Map<String, Object> outProperties) {
        element.report(useState, operationalState, outProperties);
        revision++;
    }

    /** Every element finished: the instance settles (see {@link Completion}); a DELETED one is for the caller to remove. */
    public void complete(Instant now) {
        setStatus(Completion.of(status()));
        this.runningOrder = null;
        this.phase = null;
        this.operationDeadline = null;
        revision++;
        touch(now);
    }

    public boolean isDeleted() {
        return deployState == DeployState.DELETED;
    }

    private void setStatus(InstanceStatus status) {
        this.deployState = status.deployState();
        this.lockState = status.lockState();
        this.subState = status.subState();
        this.stateChangeResult = status.stateChangeResult();
    }

    static boolean isLockOrder(InstanceOrder order) {
        return order == InstanceOrder.LOCK || order == InstanceOrder.UNLOCK;
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
