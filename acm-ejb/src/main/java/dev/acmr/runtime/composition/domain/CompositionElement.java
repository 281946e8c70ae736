package dev.acmr.runtime.composition.domain;

import dev.acmr.runtime.composition.tosca.JsonDocumentReader;
import dev.acmr.runtime.composition.tosca.JsonDocumentWriter;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One element of a composition definition (ONAP's NodeTemplateState): the element node template it stands for, the
 * participant that runs it once primed, its own state, and its properties and out-properties as JSON text.
 *
 * <p>{@code participant_id} is left out of INSERTs: EclipseLink 4.0 binds a null UUID as varchar, which PostgreSQL
 * refuses for a uuid column (eclipse-ee4j/eclipselink#2717). A new element has no participant anyway; binding sets
 * a non-null id, which EclipseLink binds as a uuid. Setting it back to null would hit the same bug.
 */
@Entity
@Table(name = "composition_element")
public class CompositionElement {

    private static final String NO_PROPERTIES = "{}";

    @Id
    @Column(name = "node_template_state_id", nullable = false, updatable = false)
    private UUID nodeTemplateStateId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "composition_id", nullable = false, updatable = false)
    private CompositionDefinition composition;

    @Column(name = "element_name", nullable = false, updatable = false)
    private String elementName;

    @Column(name = "element_version", nullable = false)
    private String elementVersion;

    @Column(name = "type_name", nullable = false)
    private String typeName;

    @Column(name = "type_version", nullable = false)
    private String typeVersion;

    // Text, not UUID: EclipseLink 4.0's UUID converter fails on a null column value and binds a null UUID as varchar.
    // The pool sends strings untyped (stringtype=unspecified), so PostgreSQL casts the text to its uuid column.
    @Column(name = "participant_id")
    private String participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private AcTypeState state;

    @Column(name = "message")
    private String message;

    @Column(name = "properties", nullable = false)
    private String properties;

    @Column(name = "out_properties", nullable = false)
    private String outProperties;

    @Version
    @Column(name = "entity_version", nullable = false)
    private long entityVersion;

    protected CompositionElement() {
        // for JPA
    }

    CompositionElement(CompositionDefinition composition, ElementTemplate template) {
        this.nodeTemplateStateId = UUID.randomUUID();
        this.composition = composition;
        this.elementName = template.name();
        this.state = AcTypeState.COMMISSIONED;
        this.outProperties = NO_PROPERTIES;
        redefine(template);
    }

    /** ONAP's nodeTemplateStateId: this row's identity, stable while the element keeps its name. */
    public UUID nodeTemplateStateId() {
        return nodeTemplateStateId;
    }

    /** The element node template's name and version (ONAP's nodeTemplateId, the participants' elementDefinitionId). */
    public ToscaIdentifier definition() {
        return new ToscaIdentifier(elementName, elementVersion);
    }

    public String elementName() {
        return elementName;
    }

    public String elementVersion() {
        return elementVersion;
    }

    public String typeName() {
        return typeName;
    }

    public String typeVersion() {
        return typeVersion;
    }

    /** The participant running the element; none until the composition is first primed. */
    public Optional<ParticipantId> participant() {
        return Optional.ofNullable(participantId).map(id -> new ParticipantId(UUID.fromString(id)));
    }

    public AcTypeState state() {
        return state;
    }

    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** The node template's properties, as the template gave them. */
    public Map<String, Object> properties() {
        return new JsonDocumentReader().readObject(properties);
    }

    /** What the participant reported about the element. */
    public Map<String, Object> outProperties() {
        return new JsonDocumentReader().readObject(outProperties);
    }

    /** Takes a new definition of the same element (a template update); only while the composition is commissioned. */
    void redefine(ElementTemplate template) {
        if (!template.name().equals(elementName)) {
            throw new IllegalArgumentException("element " + elementName + " cannot become " + template.name());
        }
        this.elementVersion = template.version();
        this.typeName = template.typeName();
        this.typeVersion = template.typeVersion();
        this.properties = template.propertiesJson();
    }

    // ---- priming transitions (used by dev.acmr.runtime.composition.priming) ----

    /** Binds the element to the participant that runs its type. */
    public void bindTo(ParticipantId participant) {
        this.participantId = Objects.requireNonNull(participant, "participant").value().toString();
    }

    boolean isBoundTo(ParticipantId participant) {
        return participant.value().toString().equals(participantId);
    }

    void moveTo(AcTypeState newState, String newMessage) {
        this.state = Objects.requireNonNull(newState, "state");
        this.message = newMessage;
    }

    void replaceOutProperties(Map<String, Object> reported) {
        this.outProperties = new JsonDocumentWriter().write(reported == null ? Map.of() : reported);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompositionElement element && nodeTemplateStateId.equals(element.nodeTemplateStateId);
    }

    @Override
    public int hashCode() {
        return nodeTemplateStateId.hashCode();
    }

    @Override
    public String toString() {
        return "CompositionElement[" + elementName + " " + elementVersion + ", " + state + "]";
    }
}
