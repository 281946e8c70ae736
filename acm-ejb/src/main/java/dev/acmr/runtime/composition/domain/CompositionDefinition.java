package dev.acmr.runtime.composition.domain;

import dev.acmr.runtime.composition.tosca.JsonDocumentReader;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.shared.OrderedEntity;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A commissioned composition definition (ONAP's AutomationCompositionDefinition): the service template as JSON text
 * with {@code metadata.compositionId} set, its state, and its elements.
 *
 * <p>Commissioning creates it COMMISSIONED and may replace its template while it stays COMMISSIONED; priming moves
 * it through PRIMING to PRIMED and back through DEPRIMING. As an {@link OrderedEntity} it counts the changes
 * participants hold a copy of, so that a replica can tell a stale copy from the current one, and times the running
 * order; {@link CompositionElements} handles the element rows.
 */
@Entity
@Table(name = "composition_definition")
public class CompositionDefinition extends OrderedEntity {

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
        super(now);
        this.compositionId = Objects.requireNonNull(id, "composition id").value();
        this.state = AcTypeState.COMMISSIONED;
        this.stateChangeResult = StateChangeResult.NO_ERROR;
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

    /** ONAP's revisionId: new with every revision. */
    public UUID revisionId() {
        return bookkeeping().revisionId(compositionId);
    }

    /** The elements by name, so that every node lists them alike. */
    public List<CompositionElement> elements() {
        return rows().byName();
    }

    /** The element node templates' names and versions, by name. */
    public List<ToscaIdentifier> elementDefinitions() {
        return elements().stream().map(CompositionElement::definition).toList();
    }

    /** Whether no order has moved it from commissioning: only then may the template change or be deleted. */
    public boolean isCommissioned() {
        return state == AcTypeState.COMMISSIONED;
    }

    /**
     * Takes a new version of the template. An element the new template still has (by name) keeps its row and
     * nodeTemplateStateId; rows of dropped elements are deleted (see {@link CompositionElements#replaceWith}).
     */
    public void replaceTemplate(ToscaIdentifier template, String newServiceTemplateJson,
            List<ElementTemplate> elementTemplates, Instant now) {
        if (!isCommissioned()) {
            throw new IllegalStateException("composition " + compositionId + " is " + state + ", not COMMISSIONED");
        }
        describe(template, newServiceTemplateJson);
        rows().replaceWith(elementTemplates, element -> new CompositionElement(this, element));
        bookkeeping().revise(now);
    }

    private void describe(ToscaIdentifier template, String json) {
        this.name = Objects.requireNonNull(template, "template").name();
        this.version = template.version();
        this.serviceTemplateJson = Objects.requireNonNull(json, "service template");
    }

    // ---- priming transitions (used by dev.acmr.runtime.composition.priming) ----

    /** The elements bound to {@code participant}. */
    public List<CompositionElement> elementsOf(ParticipantId participant) {
        return rows().boundTo(participant);
    }

    /** The participants the elements are bound to, in element order. */
    public Set<ParticipantId> participants() {
        return rows().participants();
    }

    /** Starts a prime or deprime: the definition and every element go to the order's transitional state. */
    public void startOrder(PrimeOrder order, Instant now, Instant deadline) {
        Objects.requireNonNull(deadline, "deadline");
        state = order.transitionalState();
        stateChangeResult = StateChangeResult.NO_ERROR;
        rows().moveAll(order.transitionalState());
        bookkeeping().startOrder(now, deadline);
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
        bookkeeping().touch(now);
        if (!success) {
            reported.forEach(element -> element.moveTo(element.state(), message));
            stateChangeResult = StateChangeResult.FAILED;
            bookkeeping().clearDeadline();
            return false;
        }
        reported.forEach(element -> element.moveTo(running.targetState(), message));
        if (!rows().allIn(running.targetState()) || stateChangeResult == StateChangeResult.FAILED) {
            return false;
        }
        state = running.targetState();
        stateChangeResult = StateChangeResult.NO_ERROR;
        bookkeeping().clearDeadline();
        bookkeeping().revise();
        return true;
    }

    /** Replaces the out-properties a participant reported for one of its elements; false if it runs no such element. */
    public boolean replaceOutProperties(ParticipantId participant, String elementName, String elementVersion,
            Map<String, Object> outProperties) {
        Optional<CompositionElement> element =
                rows().find(participant, new ToscaIdentifier(elementName, elementVersion));
        element.ifPresent(found -> {
            found.replaceOutProperties(outProperties);
            bookkeeping().revise();
        });
        return element.isPresent();
    }

    private CompositionElements rows() {
        return new CompositionElements(elements);
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
