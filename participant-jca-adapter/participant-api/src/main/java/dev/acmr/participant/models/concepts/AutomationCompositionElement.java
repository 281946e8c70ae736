package dev.acmr.participant.models.concepts;

import dev.acmr.participant.models.base.PropertyMaps;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One element of an instance, as ONAP's AutomationCompositionElement: a mutable bean with ONAP's fields, accessors
 * and defaults. What the intermediary's read methods return is a copy of the replica's view; writing into it changes
 * nothing but the copy.
 */
public class AutomationCompositionElement {

    private UUID id = UUID.randomUUID();
    private ToscaConceptIdentifier definition = new ToscaConceptIdentifier();
    private UUID participantId;
    private DeployState deployState = DeployState.UNDEPLOYED;
    private LockState lockState = LockState.LOCKED;
    private SubState subState = SubState.NONE;
    private MigrationState migrationState = MigrationState.DEFAULT;
    private Integer stage;
    private String operationalState;
    private String useState;
    private String description;
    private String message;
    private Map<String, Object> properties = new LinkedHashMap<>();
    private Map<String, Object> outProperties = new LinkedHashMap<>();

    public AutomationCompositionElement() {
    }

    /** A deep copy: properties and out-properties are copied too. */
    public AutomationCompositionElement(AutomationCompositionElement other) {
        this.id = other.id;
        this.definition = other.definition == null ? null : new ToscaConceptIdentifier(other.definition);
        this.participantId = other.participantId;
        this.deployState = other.deployState;
        this.lockState = other.lockState;
        this.subState = other.subState;
        this.migrationState = other.migrationState;
        this.stage = other.stage;
        this.operationalState = other.operationalState;
        this.useState = other.useState;
        this.description = other.description;
        this.message = other.message;
        this.properties = PropertyMaps.copy(other.properties);
        this.outProperties = PropertyMaps.copy(other.outProperties);
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public ToscaConceptIdentifier getDefinition() {
        return definition;
    }

    public void setDefinition(ToscaConceptIdentifier definition) {
        this.definition = definition;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public void setParticipantId(UUID participantId) {
        this.participantId = participantId;
    }

    public DeployState getDeployState() {
        return deployState;
    }

    public void setDeployState(DeployState deployState) {
        this.deployState = deployState;
    }

    public LockState getLockState() {
        return lockState;
    }

    public void setLockState(LockState lockState) {
        this.lockState = lockState;
    }

    public SubState getSubState() {
        return subState;
    }

    public void setSubState(SubState subState) {
        this.subState = subState;
    }

    public MigrationState getMigrationState() {
        return migrationState;
    }

    public void setMigrationState(MigrationState migrationState) {
        this.migrationState = migrationState;
    }

    public Integer getStage() {
        return stage;
    }

    public void setStage(Integer stage) {
        this.stage = stage;
    }

    public String getOperationalState() {
        return operationalState;
    }

    public void setOperationalState(String operationalState) {
        this.operationalState = operationalState;
    }

    public String getUseState() {
        return useState;
    }

    public void setUseState(String useState) {
        this.useState = useState;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public Map<String, Object> getProperties() {
        return properties;
    }

    public void setProperties(Map<String, Object> properties) {
        this.properties = properties;
    }

    public Map<String, Object> getOutProperties() {
        return outProperties;
    }

    public void setOutProperties(Map<String, Object> outProperties) {
        this.outProperties = outProperties;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AutomationCompositionElement that && Objects.equals(id, that.id)
                && Objects.equals(definition, that.definition) && Objects.equals(participantId, that.participantId)
                && deployState == that.deployState && lockState == that.lockState && subState == that.subState
                && migrationState == that.migrationState && Objects.equals(stage, that.stage)
                && Objects.equals(operationalState, that.operationalState) && Objects.equals(useState, that.useState)
                && Objects.equals(description, that.description) && Objects.equals(message, that.message)
                && Objects.equals(properties, that.properties) && Objects.equals(outProperties, that.outProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, definition, deployState, lockState);
    }

    @Override
    public String toString() {
        return "AutomationCompositionElement{id=" + id + ", definition=" + definition + ", deployState=" + deployState
                + ", lockState=" + lockState + ", subState=" + subState + ", useState=" + useState
                + ", operationalState=" + operationalState + ", outProperties=" + outProperties + '}';
    }
}
