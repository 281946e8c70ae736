package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.composition.tosca.JsonDocumentReader;
import dev.acmr.runtime.composition.tosca.JsonDocumentWriter;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
 * One element of an instance (ONAP's AutomationCompositionElement): the client's id, the element definition it
 * instantiates, the participant that runs it (the one its composition element is bound to), its start phase, its
 * own states and properties (JSON text); what the participants report about it is its {@link ElementReports}, its
 * marks of a migration or other staged order its {@link ElementMigration}.
 */
@Entity
@Table(name = "instance_element")
public class InstanceElement {

    @Id
    @Column(name = "element_id", nullable = false, updatable = false)
    private UUID elementId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instance_id", nullable = false, updatable = false)
    private AutomationCompositionInstance instance;

    // Updatable: a migration moves the element to the target composition's definition (a new version).
    @Column(name = "definition_name", nullable = false)
    private String definitionName;

    @Column(name = "definition_version", nullable = false)
    private String definitionVersion;

    // Text, as composition_element.participant_id is read: the participant's UUID as a string.
    @Column(name = "participant_id", nullable = false)
    private String participantId;

    @Column(name = "start_phase", nullable = false)
    private int startPhase;

    @Embedded
    private ElementStates states;

    @Column(name = "properties", nullable = false)
    private String properties;

    @Column(name = "description")
    private String description;

    @Embedded
    private ElementReports reports = ElementReports.none();

    @Embedded
    private ElementMigration migration = ElementMigration.none();

    @Version
    @Column(name = "entity_version", nullable = false)
    private long entityVersion;

    protected InstanceElement() {
        // for JPA
    }

    InstanceElement(AutomationCompositionInstance instance, NewInstanceElement element) {
        this.elementId = Objects.requireNonNull(element.id(), "element id");
        this.instance = instance;
        this.definitionName = element.definition().name();
        this.definitionVersion = element.definition().version();
        this.participantId = element.participant().value().toString();
        this.startPhase = element.startPhase();
        this.states = ElementStates.created();
        this.description = element.description();
        replaceProperties(element.properties());
    }

    public UUID id() {
        return elementId;
    }

    public ToscaIdentifier definition() {
        return new ToscaIdentifier(definitionName, definitionVersion);
    }

    public ParticipantId participant() {
        return new ParticipantId(UUID.fromString(participantId));
    }

    public boolean isRunBy(ParticipantId participant) {
        return participant.value().toString().equals(participantId);
    }

    public int startPhase() {
        return startPhase;
    }

    public DeployState deployState() {
        return states.deployState();
    }

    public LockState lockState() {
        return states.lockState();
    }

    public SubState subState() {
        return states.subState();
    }

    public ElementStatus status() {
        return new ElementStatus(states.deployState(), states.lockState());
    }

    public Optional<String> message() {
        return states.message();
    }

    public Optional<String> useState() {
        return reports.useState();
    }

    public Optional<String> operationalState() {
        return reports.operationalState();
    }

    public MigrationState migrationState() {
        return migration.migrationState();
    }

    /** See {@link ElementMigration#stage()}. */
    public Optional<Integer> stage() {
        return migration.stage();
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public Map<String, Object> properties() {
        return new JsonDocumentReader().readObject(properties);
    }

    public Map<String, Object> outProperties() {
        return reports.outProperties();
    }

    // ---- changes (used by AutomationCompositionInstance) ----

    void replaceProperties(Map<String, Object> newProperties) {
        this.properties = new JsonDocumentWriter().write(newProperties == null ? Map.of() : newProperties);
    }

    void describe(String newDescription) {
        this.description = newDescription;
    }

    /**
     * A migration moves the element to the target composition: its definition there, the participant and start
     * phase that definition is bound to, and its properties merged with the posted ones.
     */
    void migrateTo(ToscaIdentifier newDefinition, int newStartPhase, ParticipantId newParticipant,
            Map<String, Object> mergedProperties) {
        this.definitionName = newDefinition.name();
        this.definitionVersion = newDefinition.version();
        this.startPhase = newStartPhase;
        this.participantId = newParticipant.value().toString();
        replaceProperties(mergedProperties);
    }

    /** A migration adds (NEW) or drops (REMOVED) the element, and a revert of it does the opposite. */
    void markMigration(MigrationState state) {
        migration.mark(state);
    }

    /** A rollback: the element becomes what the snapshot recorded; its states are the rollback order's to set. */
    void restore(SnapshotElement before) {
        if (!before.id().equals(elementId)) {
            throw new IllegalArgumentException("snapshot of element " + before.id() + " restored on " + elementId);
        }
        this.definitionName = before.definition().name();
        this.definitionVersion = before.definition().version();
        this.participantId = before.participant().value().toString();
        this.startPhase = before.startPhase();
        this.description = before.description();
        replaceProperties(before.properties());
        reports.restoreOutProperties(before.outProperties());
        migration.mark(before.migrationState());
    }

    /**
     * The order targets this element: it takes the order's transitional states (a sub operation its sub state), and
     * forgets its last message and stage.
     */
    void start(InstanceOrder order, InstanceStatus next) {
        states.start(order, next);
        reports.orderStarted();
        migration.clearStage();
    }

    /** A phase or stage of the running order was sent to a replica for this element (see {@link ReportOrder}). */
    void dispatched() {
        reports.orderStarted();
    }

    /** The participant finished the running order on this element: it takes the settled states. */
    void finish(InstanceOrder order, InstanceStatus settled, String newMessage) {
        states.finish(order, settled, newMessage);
        migration.clearStage();
    }

    /** The participant finished one stage of the running order on this element; {@code next} is its next one. */
    void stageReached(int next, String newMessage) {
        migration.stageReached(next);
        states.tell(newMessage);
    }

    /** A migration or its revert ended: the element is an ordinary one of the instance's composition again. */
    void clearMigration() {
        migration.clear();
    }

    /** A staged order ended. */
    void clearStage() {
        migration.clearStage();
    }

    void fail(String newMessage) {
        states.tell(newMessage);
    }

    /** See {@link ElementReports#take}. */
    boolean report(ElementReport report) {
        return reports.take(report);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InstanceElement element && elementId.equals(element.elementId);
    }

    @Override
    public int hashCode() {
        return elementId.hashCode();
    }

    @Override
    public String toString() {
        return "InstanceElement[" + elementId + ", " + definitionName + " " + definitionVersion + ", "
                + states.deployState() + "/" + states.lockState() + "]";
    }
}
