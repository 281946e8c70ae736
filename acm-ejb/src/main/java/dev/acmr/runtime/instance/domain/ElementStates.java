package dev.acmr.runtime.instance.domain;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;

/**
 * An element's own states in the instance's orders (deploy, lock and sub state) and the last message its participant
 * sent about them. Embedded in the element's row; only the element changes it, as orders start on it and its
 * participant reports.
 */
@Embeddable
@Access(AccessType.FIELD)
public class ElementStates {

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

    protected ElementStates() {
        // for JPA
    }

    /** A new element's: UNDEPLOYED with no lock state (ONAP), no sub state, no message. */
    static ElementStates created() {
        ElementStates states = new ElementStates();
        states.deployState = DeployState.UNDEPLOYED;
        states.lockState = LockState.NONE;
        states.subState = SubState.NONE;
        return states;
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

    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** The order's transitional states (a sub operation's sub state); the last message is forgotten. */
    void start(InstanceOrder order, InstanceStatus next) {
        if (order.isLockOrder()) {
            this.lockState = next.lockState();
        } else {
            this.deployState = next.deployState();
        }
        this.subState = next.subState();
        this.message = null;
    }

    /** The settled states of the running order, with the participant's message. */
    void finish(InstanceOrder order, InstanceStatus settled, String newMessage) {
        if (order.isLockOrder()) {
            this.lockState = settled.lockState();
        } else {
            this.deployState = settled.deployState();
            this.lockState = settled.lockState();
        }
        this.subState = SubState.NONE;
        this.message = newMessage;
    }

    /** The participant's message about the element (a stage reached, a failure); the states stay. */
    void tell(String newMessage) {
        this.message = newMessage;
    }
}
