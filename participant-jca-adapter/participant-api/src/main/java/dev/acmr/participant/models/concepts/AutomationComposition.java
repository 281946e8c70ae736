package dev.acmr.participant.models.concepts;

import dev.acmr.participant.models.base.PropertyMaps;
import dev.acmr.participant.models.tosca.ToscaEntity;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An instance, as ONAP's AutomationComposition: name, version and description (from {@link ToscaEntity}), its
 * composition, states and this participant's elements by element id, as a mutable bean with ONAP's defaults. What
 * the intermediary's read methods return is a deep copy of the replica's view.
 */
public class AutomationComposition extends ToscaEntity implements Comparable<AutomationComposition> {

    private static final Comparator<AutomationComposition> ORDER = Comparator
            .comparing(AutomationComposition::getName, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(AutomationComposition::getVersion, Comparator.nullsFirst(Comparator.naturalOrder()));

    private UUID instanceId;
    private UUID compositionId;
    private UUID compositionTargetId;
    private Boolean precheck;
    private DeployState deployState = DeployState.UNDEPLOYED;
    private LockState lockState = LockState.NONE;
    private String lastMsg;
    private Integer phase;
    private SubState subState = SubState.NONE;
    private Map<UUID, AutomationCompositionElement> elements;
    private StateChangeResult stateChangeResult = StateChangeResult.NO_ERROR;
    private UUID revisionId = UUID.randomUUID();

    public AutomationComposition() {
    }

    /** A deep copy: elements and their properties are copied too. */
    public AutomationComposition(AutomationComposition other) {
        super(other);
        this.instanceId = other.instanceId;
        this.compositionId = other.compositionId;
        this.compositionTargetId = other.compositionTargetId;
        this.precheck = other.precheck;
        this.deployState = other.deployState;
        this.lockState = other.lockState;
        this.lastMsg = other.lastMsg;
        this.phase = other.phase;
        this.subState = other.subState;
        this.elements = PropertyMaps.copy(other.elements, AutomationCompositionElement::new);
        this.stateChangeResult = other.stateChangeResult;
        this.revisionId = other.revisionId;
    }

    public UUID getInstanceId() {
        return instanceId;
    }

    public void setInstanceId(UUID instanceId) {
        this.instanceId = instanceId;
    }

    public UUID getCompositionId() {
        return compositionId;
    }

    public void setCompositionId(UUID compositionId) {
        this.compositionId = compositionId;
    }

    public UUID getCompositionTargetId() {
        return compositionTargetId;
    }

    public void setCompositionTargetId(UUID compositionTargetId) {
        this.compositionTargetId = compositionTargetId;
    }

    public Boolean getPrecheck() {
        return precheck;
    }

    public void setPrecheck(Boolean precheck) {
        this.precheck = precheck;
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

    public String getLastMsg() {
        return lastMsg;
    }

    public void setLastMsg(String lastMsg) {
        this.lastMsg = lastMsg;
    }

    public Integer getPhase() {
        return phase;
    }

    public void setPhase(Integer phase) {
        this.phase = phase;
    }

    public SubState getSubState() {
        return subState;
    }

    public void setSubState(SubState subState) {
        this.subState = subState;
    }

    public Map<UUID, AutomationCompositionElement> getElements() {
        return elements;
    }

    public void setElements(Map<UUID, AutomationCompositionElement> elements) {
        this.elements = elements;
    }

    public StateChangeResult getStateChangeResult() {
        return stateChangeResult;
    }

    public void setStateChangeResult(StateChangeResult stateChangeResult) {
        this.stateChangeResult = stateChangeResult;
    }

    public UUID getRevisionId() {
        return revisionId;
    }

    public void setRevisionId(UUID revisionId) {
        this.revisionId = revisionId;
    }

    /** By name, then version, as ONAP's. */
    @Override
    public int compareTo(AutomationComposition other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && sameInstance((AutomationComposition) other);
    }

    private boolean sameInstance(AutomationComposition that) {
        return Objects.equals(instanceId, that.instanceId) && Objects.equals(compositionId, that.compositionId)
                && Objects.equals(compositionTargetId, that.compositionTargetId)
                && Objects.equals(precheck, that.precheck) && deployState == that.deployState
                && lockState == that.lockState && Objects.equals(lastMsg, that.lastMsg)
                && Objects.equals(phase, that.phase) && subState == that.subState
                && Objects.equals(elements, that.elements) && stateChangeResult == that.stateChangeResult
                && Objects.equals(revisionId, that.revisionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), instanceId, compositionId);
    }

    @Override
    public String toString() {
        return "AutomationComposition{instanceId=" + instanceId + ", compositionId=" + compositionId + ", name="
                + getName() + ", version=" + getVersion() + ", deployState=" + deployState + ", lockState="
                + lockState + ", stateChangeResult=" + stateChangeResult + ", elements=" + elements + '}';
    }
}
