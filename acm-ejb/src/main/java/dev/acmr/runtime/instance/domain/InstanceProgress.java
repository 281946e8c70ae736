package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;

/**
 * Where an instance stands in its orders: its {@link InstanceStatus} (deploy, lock and sub state, and how the last
 * order went), the order running on it, and the start phase last sent for that order. Embedded in the instance's
 * row. Anyone may read it; only the instance changes it, as its orders start, advance, fail and complete, and
 * {@link Completion} says where an order ends.
 */
@Embeddable
@Access(AccessType.FIELD)
public class InstanceProgress {

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

    protected InstanceProgress() {
        // for JPA
    }

    /** A new instance's: {@link InstanceStatus#created()}, no order. */
    static InstanceProgress created() {
        InstanceProgress progress = new InstanceProgress();
        progress.set(InstanceStatus.created());
        return progress;
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

    /** The status the running order settles at; empty if no order runs. */
    public Optional<InstanceStatus> target() {
        if (runningOrder == null || !status().isTransitional()) {
            return Optional.empty();
        }
        return Optional.of(Completion.of(new InstanceStatus(deployState, lockState, subState,
                StateChangeResult.NO_ERROR)));
    }

    /**
     * Whether the element reached the running order's target; every element has when no order runs. A sub operation
     * leaves the deploy state where it is, so its elements finish when their sub state is back to NONE.
     */
    public boolean hasFinished(InstanceElement element) {
        return target().map(settled -> {
            if (runningOrder.isSubOrder()) {
                return element.subState() == SubState.NONE;
            }
            return runningOrder.isLockOrder()
                    ? element.lockState() == settled.lockState()
                    : element.deployState() == settled.deployState();
        }).orElse(true);
    }

    boolean is(DeployState state) {
        return deployState == state;
    }

    /** An accepted order starts: the instance takes the order's transitional status, and no phase is sent yet. */
    void start(InstanceOrder order, InstanceStatus next) {
        set(next);
        this.runningOrder = order;
        this.phase = null;
    }

    /**
     * Records that the start phase {@code sentPhase} was sent.
     *
     * @return whether the order still runs without error, so that its deadline moves on
     */
    boolean phaseSent(int sentPhase) {
        this.phase = sentPhase;
        return stateChangeResult == StateChangeResult.NO_ERROR;
    }

    /** The order stops, FAILED, until the user orders again. */
    void fail() {
        this.stateChangeResult = StateChangeResult.FAILED;
    }

    /** Every element finished: the instance settles (see {@link Completion}) and no order runs. */
    void complete() {
        set(Completion.of(status()));
        this.runningOrder = null;
        this.phase = null;
    }

    private void set(InstanceStatus status) {
        this.deployState = status.deployState();
        this.lockState = status.lockState();
        this.subState = status.subState();
        this.stateChangeResult = status.stateChangeResult();
    }

    @Override
    public String toString() {
        return status().describe() + (runningOrder == null ? "" : ", running " + runningOrder + " phase " + phase);
    }
}
