package dev.acmr.runtime.instance.domain;

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
 * One element of an instance (ONAP's AutomationCompositionElement): the client's id, the element definition it
 * instantiates, the participant that runs it (the one its composition element is bound to), its start phase, its
 * own states, and its properties and out-properties as JSON text.
 */
@Entity
@Table(name = "instance_element")
public class InstanceElement {

    private static final String NO_PROPERTIES = "{}";

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

    @Enumerated(EnumType.STRING)
    @Column(name = "deploy_state", nullable = false)
    private DeployState deployState;

    @Enumerated(EnumType.STRING)
    @Column(name = "lock_state", nullable = false)
    private LockState lockState;

    @Enumerated(EnumType.STRING)
    @Column(name = "sub_state", nullable = false)
    private SubState subState;

    @Column(name = "message")
    private String message;

    @Column(name = "use_state")
    private String useState;

    @Column(name = "operational_state")
    private String operationalState;

    @Column(name = "properties", nullable = false)
    private String properties;

    @Column(name = "out_properties", nullable = false)
    private String outProperties;

    @Column(name = "description")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "migration_state", nullable = false)
    private MigrationState migrationState = MigrationState.DEFAULT;

    // The next stage the element reported during a migrate, prepare or migration revert; null otherwise, as in ONAP.
    @Column(name = "stage")
    private Integer stage;

    // JSON text of a ReportOrder: which reports of which replica the element's data reflects.
    @Column(name = "report_order", nullable = false)
    private String reportOrder = ReportOrder.none().toJson();

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
        this.deployState = DeployState.UNDEPLOYED;
        this.lockState = LockState.NONE;
        this.subState = SubState.NONE;
        this.description = element.description();
        this.outProperties = NO_PROPERTIES;
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
        return deployState;
    }

    public LockState lockState() {
        return lockState;
    }

    public SubState subState() {
        return subState;
    }

    public ElementStatus status() {
        return new ElementStatus(deployState, lockState);
    }

    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    public Optional<String> useState() {
        return Optional.ofNullable(useState);
    }

    public Optional<String> operationalState() {
        return Optional.ofNullable(operationalState);
    }

    public MigrationState migrationState() {
        return migrationState;
    }

    /** The migration or prepare stage the element is at; empty outside those. */
    public Optional<Integer> stage() {
        return Optional.ofNullable(stage);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public Map<String, Object> properties() {
        return new JsonDocumentReader().readObject(properties);
    }

    public Map<String, Object> outProperties() {
        return new JsonDocumentReader().readObject(outProperties);
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

    /** A migration adds the element (or a revert removes it again). */
    void markNew() {
        this.migrationState = MigrationState.NEW;
    }

    /** A migration drops the element (or a revert adds it back). */
    void markRemoved() {
        this.migrationState = MigrationState.REMOVED;
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
        this.outProperties = new JsonDocumentWriter().write(before.outProperties());
        this.migrationState = before.migrationState();
    }

    /**
     * The order targets this element: it takes the order's transitional states (a sub operation its sub state), and
     * forgets its last message and stage.
     */
    void start(InstanceOrder order, InstanceStatus next) {
        if (order.isLockOrder()) {
            this.lockState = next.lockState();
        } else {
            this.deployState = next.deployState();
        }
        this.subState = next.subState();
        this.message = null;
        this.reportOrder = ReportOrder.fromJson(reportOrder).orderStarted().toJson();
        this.stage = null;
    }

    /** The participant finished the running order on this element: it takes the settled states. */
    void finish(InstanceOrder order, InstanceStatus settled, String newMessage) {
        if (order.isLockOrder()) {
            this.lockState = settled.lockState();
        } else {
            this.deployState = settled.deployState();
            this.lockState = settled.lockState();
        }
        this.subState = SubState.NONE;
        this.message = newMessage;
        this.stage = null;
    }

    /** The participant finished one stage of the running order on this element; {@code next} is its next one. */
    void stageReached(int next, String newMessage) {
        this.stage = next;
        this.message = newMessage;
    }

    /** A migration or its revert ended: the element is an ordinary one of the instance's composition again. */
    void clearMigration() {
        this.migrationState = MigrationState.DEFAULT;
        clearStage();
    }

    /** A staged order ended. */
    void clearStage() {
        this.stage = null;
    }

    void fail(String newMessage) {
        this.message = newMessage;
    }

    /**
     * Stores what a replica reported, unless {@link ReportOrder} says the element holds newer data; a null value
     * leaves the stored one alone. Returns whether the element's data took the report.
     */
    boolean report(ElementReport report) {
        ReportOrder order = ReportOrder.fromJson(reportOrder);
        boolean taken = order.takesData(report);
        this.reportOrder = order.after(report, taken).toJson();
        if (!taken) {
            return false;
        }
        if (report.useState() != null) {
            this.useState = report.useState();
        }
        if (report.operationalState() != null) {
            this.operationalState = report.operationalState();
        }
        if (report.outProperties() != null) {
            this.outProperties = new JsonDocumentWriter().write(report.outProperties());
        }
        return true;
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
        return "InstanceElement[" + elementId + ", " + definitionName + " " + definitionVersion + ", " + deployState
                + "/" + lockState + "]";
    }
}
