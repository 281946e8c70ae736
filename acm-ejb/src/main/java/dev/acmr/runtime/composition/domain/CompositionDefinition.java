package dev.acmr.runtime.composition.domain;

import dev.acmr.runtime.composition.tosca.JsonDocumentReader;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A commissioned composition definition (ONAP's AutomationCompositionDefinition): the service template as JSON text
 * with {@code metadata.compositionId} set, its state, and its elements.
 *
 * <p>Commissioning creates it COMMISSIONED and may replace its template while it stays COMMISSIONED; priming moves
 * it through PRIMING to PRIMED and back through DEPRIMING. {@code revision} counts the changes participants hold a
 * copy of, so that a replica can tell a stale copy from the current one.
 */
@Entity
@Table(name = "composition_definition")
public class CompositionDefinition {

    @Id
    @Column(name = "composition_id", nullable = false, updatable = false)
    private UUID compositionId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "version", nullable = false)
    private String version;

    @Column(name = "service_template", nullable = false)
    private String serviceTemplateJson;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private AcTypeState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_change_result", nullable = false)
    private StateChangeResult stateChangeResult;

    @Column(name = "last_msg", nullable = false)
    private Instant lastMsg;

    @Column(name = "operation_deadline")
    private Instant operationDeadline;

    @Column(name = "revision", nullable = false)
    private long revision;

    @Column(name = "order_revision", nullable = false)
    private long orderRevision;

    @Column(name = "synced_revision", nullable = false)
    private long syncedRevision;

    @Version
    @Column(name = "entity_version", nullable = false)
    private long entityVersion;

    // Eager: a definition is always shown and primed with its elements; list queries batch-load them.
    @OneToMany(mappedBy = "composition", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("elementName ASC")
    private List<CompositionElement> elements = new ArrayList<>();

    protected CompositionDefinition() {
        // for JPA
    }

    /** A new definition, COMMISSIONED, with one element per element template. */
    public CompositionDefinition(CompositionId id, ToscaIdentifier template, String serviceTemplateJson,
            List<ElementTemplate> elementTemplates, Instant now) {
        this.compositionId = Objects.requireNonNull(id, "composition id").value();
        this.state = AcTypeState.COMMISSIONED;
        this.stateChangeResult = StateChangeResult.NO_ERROR;
        this.revision = 1;
        this.lastMsg = Objects.requireNonNull(now, "time");
        describe(template, serviceTemplateJson);
        elementTemplates.forEach(element -> elements.add(new CompositionElement(this, element)));
    }

    public CompositionId id() {
        return new CompositionId(compositionId);
    }

    /** The service template's name and version. */
    public ToscaIdentifier template() {
        return new ToscaIdentifier(name, version);
    }

    public String serviceTemplateJson() {
        return serviceTemplateJson;
    }

    /** The service template as a JSON tree, in the order it was given. */
    public Map<String, Object> serviceTemplate() {
        return new JsonDocumentReader().readObject(serviceTemplateJson);
    }

    public AcTypeState state() {
        return state;
    }

    public StateChangeResult stateChangeResult() {
        return stateChangeResult;
    }

    /** When the last order or change happened (ONAP's lastMsg). */
    public Instant lastMsg() {
        return lastMsg;
    }

    /** When the running prime or deprime times out; empty when none runs. */
    public Optional<Instant> operationDeadline() {
        return Optional.ofNullable(operationDeadline);
    }

    public long revision() {
        return revision;
    }

    /** ONAP's revisionId: new with every revision. */
    public UUID revisionId() {
        return RevisionId.of(compositionId, revision);
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

    /** The revision the running (or last) prime or deprime order started at; acks name it. */
    public long orderRevision() {
        return orderRevision;
    }

    /** The elements by name, so that every node lists them alike. */
    public List<CompositionElement> elements() {
        return elements.stream().sorted(Comparator.comparing(CompositionElement::elementName)).toList();
    }

    /** The element node templates' names and versions, by name. */
    public List<ToscaIdentifier> elementDefinitions() {
        return elements().stream().map(CompositionElement::definition).toList();
    }

    /** Whether no order has moved it from commissioning: only then may the template change or be deleted. */
    public boolean isCommissioned() {
        return state == AcTypeState.COMMISSIONED;
    }

    /** Records that something happened to the definition at {@code at}. */
    public void touch(Instant at) {
        this.lastMsg = Objects.requireNonNull(at, "time");
    }

    /**
     * Takes a new version of the template. An element the new template still has (by name) keeps its row and
     * nodeTemplateStateId, which also keeps the insert of a name from meeting the not yet deleted row of that name;
     * rows of dropped elements are deleted.
     */
    public void replaceTemplate(ToscaIdentifier template, String newServiceTemplateJson,
            List<ElementTemplate> elementTemplates, Instant now) {
        if (!isCommissioned()) {
            throw new IllegalStateException("composition " + compositionId + " is " + state + ", not COMMISSIONED");
        }
        describe(template, newServiceTemplateJson);
        Map<String, CompositionElement> existing = elements.stream()
                .collect(Collectors.toMap(CompositionElement::elementName, Function.identity()));
        Set<String> kept = new LinkedHashSet<>();
        for (ElementTemplate element : elementTemplates) {
            kept.add(element.name());
            Optional.ofNullable(existing.get(element.name())).ifPresentOrElse(row -> row.redefine(element),
                    () -> elements.add(new CompositionElement(this, element)));
        }
        elements.removeIf(row -> !kept.contains(row.elementName()));
        revision++;
        touch(now);
    }

    private void describe(ToscaIdentifier template, String json) {
        this.name = Objects.requireNonNull(template, "template").name();
        this.version = template.version();
        this.serviceTemplateJson = Objects.requireNonNull(json, "service template");
    }

    // ---- priming transitions (used by dev.acmr.runtime.composition.priming) ----

    /** The elements bound to {@code participant}. */
    public List<CompositionElement> elementsOf(ParticipantId participant) {
        return elements().stream().filter(element -> element.isBoundTo(participant)).toList();
    }

    /** The participants the elements are bound to, in element order. */
    public Set<ParticipantId> participants() {
        Set<ParticipantId> participants = new LinkedHashSet<>();
        elements().forEach(element -> element.participant().ifPresent(participants::add));
        return participants;
    }

    /** Starts a prime or deprime: the definition and every element go to the order's transitional state. */
    public void startOrder(PrimeOrder order, Instant now, Instant deadline) {
        state = order.transitionalState();
        stateChangeResult = StateChangeResult.NO_ERROR;
        operationDeadline = Objects.requireNonNull(deadline, "deadline");
        elements.forEach(element -> element.moveTo(order.transitionalState(), null));
        revision++;
        orderRevision = revision;
        touch(now);
    }

    /**
     * Applies one participant's outcome of the running order to its elements. A success moves them to the order's
     * target state, and when no element is left behind the order completes (a TIMEOUT does not stop that; a FAILED
     * does, until the user orders again). A failure marks the order FAILED and stops its deadline.
     *
     * @return whether this ack completed the order; false as well for an ack of an order that is not running
     */
    public boolean applyAck(ParticipantId participant, PrimeOrder running, boolean success, String message,
            Instant now) {
        if (state != running.transitionalState()) {
            return false;
        }
        List<CompositionElement> reported = elementsOf(participant).stream()
                .filter(element -> element.state() == running.transitionalState())
                .toList();
        touch(now);
        if (!success) {
            reported.forEach(element -> element.moveTo(element.state(), message));
            stateChangeResult = StateChangeResult.FAILED;
            operationDeadline = null;
            return false;
        }
        reported.forEach(element -> element.moveTo(running.targetState(), message));
        boolean allDone = elements.stream().allMatch(element -> element.state() == running.targetState());
        if (!allDone || stateChangeResult == StateChangeResult.FAILED) {
            return false;
        }
        state = running.targetState();
        stateChangeResult = StateChangeResult.NO_ERROR;
        operationDeadline = null;
        revision++;
        return true;
    }

    /** Replaces the out-properties a participant reported for one of its elements; false if it runs no such element. */
    public boolean replaceOutProperties(ParticipantId participant, String elementName, String elementVersion,
            Map<String, Object> outProperties) {
        ToscaIdentifier definition = new ToscaIdentifier(elementName, elementVersion);
        Optional<CompositionElement> element = elementsOf(participant).stream()
                .filter(candidate -> candidate.definition().equals(definition)).findFirst();
        element.ifPresent(found -> {
            found.replaceOutProperties(outProperties);
            revision++;
        });
        return element.isPresent();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompositionDefinition definition && compositionId.equals(definition.compositionId);
    }

    @Override
    public int hashCode() {
        return compositionId.hashCode();
    }

    @Override
    public String toString() {
        return "CompositionDefinition[" + compositionId + ", " + name + " " + version + ", " + state + "/"
                + stateChangeResult + ", " + elements.size() + " elements]";
    }
}
