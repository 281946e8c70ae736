package dev.acmr.participant.adapter.session;

import dev.acmr.messages.InstanceOperation;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.logging.LogContext;
import dev.acmr.messages.logging.LogKey;
import dev.acmr.participant.adapter.view.InstanceView;
import dev.acmr.participant.adapter.view.ViewInstanceElement;
import dev.acmr.participant.api.ElementStageDto;
import dev.acmr.participant.api.ElementStateDto;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * The instance reports of the intermediary API: {@code updateAutomationCompositionElementState} becomes an
 * {@link dev.acmr.messages.InstanceElementAck}, {@code updateAutomationCompositionElementStage} one naming the next
 * stage, {@code sendAcElementInfo} an
 * {@link dev.acmr.messages.InstanceElementInfo}, each with its change to this replica's view.
 *
 * <p>The acks of the elements of one dispatch go to the runtime together, as one
 * {@link dev.acmr.messages.InstanceElementAcks}, once every element the order listed has reported ({@link DispatchAcks}
 * holds them; a FAILED one goes at once, a partial batch after a short linger); the view changes at report time all
 * the same. A reporter made without a scheduler sends every ack alone.
 *
 * <p>As for compositions ({@link CompositionReporter}), invalid reports are refused with
 * {@link IllegalArgumentException} where ONAP's intermediary logs and drops them, and a report that cannot be sent is
 * logged, not thrown. A valid state report for an instance this replica does not hold is still sent: the runtime
 * fences it by its order revision and is the judge of whether it still matters; only the view is left alone.
 */
public final class InstanceReporter {

    private record ElementKey(UUID instanceId, UUID elementId) {
    }

    private static final Logger LOG = Logger.getLogger(InstanceReporter.class.getName());
    private static final Set<DeployState> FINAL_DEPLOY_STATES = Set.of(DeployState.DEPLOYED, DeployState.UNDEPLOYED,
            DeployState.DELETED);
    private static final Set<LockState> FINAL_LOCK_STATES = Set.of(LockState.LOCKED, LockState.UNLOCKED);

    private final ParticipantMessages messages;
    private final InstanceView view;
    private final Predicate<ParticipantMessage> sender;
    /**
     * The last order received per element: what its ack answers. Per element, not per instance: the elements of one
     * instance may be running orders of different dispatches (a phase moved to this replica by failover while an
     * element of an earlier dispatch still reports).
     */
    private final Map<ElementKey, AnsweredOrder> answered = new ConcurrentHashMap<>();
    /** The revision of the last order per instance: what a report of an element no order listed answers. */
    private final Map<UUID, Long> orderRevisions = new ConcurrentHashMap<>();
    /** The request id of the last order per instance: what the reports carry back and are logged under. */
    private final OrderRequestIds requestIds = new OrderRequestIds(LogKey.INSTANCE_ID);
    /**
     * Held while a report changes the view and is numbered and sent: the report sequence then follows the order of
     * the view's changes, and the runtime, which applies a replica's reports by that number, ends where the view did.
     */
    private final Object reporting = new Object();
    private final AckOutlet acks;

    /** A reporter that sends every ack alone, as soon as it is reported. */
    InstanceReporter(ParticipantMessages messages, InstanceView view, Predicate<ParticipantMessage> sender) {
        this(messages, view, sender, null, Duration.ZERO);
    }

    /**
     * A reporter that sends the acks of one dispatch together, holding a partial batch for {@code linger} at most,
     * timed by {@code scheduler} (null: every ack alone).
     */
    InstanceReporter(ParticipantMessages messages, InstanceView view, Predicate<ParticipantMessage> sender,
            DispatchAcks.Scheduler scheduler, Duration linger) {
        this.messages = messages;
        this.view = view;
        this.sender = sender;
        this.acks = new AckOutlet(sender, reporting, requestIds, messages, scheduler, linger);
    }

    /**
     * Reports the final state of one element: exactly one of deployState (DEPLOYED, UNDEPLOYED, DELETED) or
     * lockState (LOCKED, UNLOCKED), with NO_ERROR or FAILED.
     *
     * @throws IllegalArgumentException for missing ids, no or both states, a transitional state, TIMEOUT or no result
     */
    public void updateAutomationCompositionElementState(ElementStateDto state) {
        if (state == null || state.instance() == null || state.elementId() == null) {
            throw new IllegalArgumentException("updateAutomationCompositionElementState needs an instanceId and an "
                    + "elementId");
        }
        if ((state.deployState() == null) == (state.lockState() == null)) {
            throw new IllegalArgumentException("report exactly one of deployState or lockState, not "
                    + state.deployState() + " and " + state.lockState());
        }
        report(state.instance(), state.elementId(), requireFinalDeployState(state.deployState()),
                requireFinalLockState(state.lockState()),
                CompositionReporter.requireFinalResult(state.stateChangeResult()), state.message(), state.useState(),
                state.operationalState(), state.outProperties());
    }

    /** Reports an element deleted (DELETED, NO_ERROR, "Deleted"), as ONAP's intermediary does for this call. */
    public void deleteAutomationCompositionElementState(UUID instanceId, UUID elementId) {
        updateAutomationCompositionElementState(new ElementStateDto(instanceId, elementId, DeployState.DELETED,
                StateChangeResult.NO_ERROR, "Deleted", null));
    }

    /**
     * Reports that an element finished a stage of a migrate, prepare or rollback and runs {@code nextStage} next:
     * an ack with that stage and NO_ERROR, the element's deploy and lock state as this replica holds them (as ONAP's
     * intermediary does), and the use state, operational state and out-properties given (else those held). The
     * runtime keeps the element in its operation and sends the next stage when every element has finished this one.
     * As for state reports, a stage report on an element this replica does not hold is still sent.
     *
     * @throws IllegalArgumentException for missing ids
     */
    public void updateAutomationCompositionElementStage(ElementStageDto stage) {
        if (stage == null || stage.instance() == null || stage.elementId() == null) {
            throw new IllegalArgumentException("updateAutomationCompositionElementStage needs an instance and an "
                    + "elementId");
        }
        UUID instanceId = stage.instance();
        UUID elementId = stage.elementId();
        synchronized (reporting) {
            reportStageLocked(instanceId, elementId, stage);
        }
    }

    private void reportStageLocked(UUID instanceId, UUID elementId, ElementStageDto stage) {
        Optional<ViewInstanceElement> held = view.get(instanceId).map(instance -> instance.elements().get(elementId));
        AnsweredOrder order = answered.getOrDefault(new ElementKey(instanceId, elementId),
                new AnsweredOrder(orderRevisions.getOrDefault(instanceId, 0L), null));
        try (LogContext.Scope scope = requestIds.reporting(instanceId)) {
            acks.acked(messages.elementAck(instanceId, elementId,
                    held.map(ViewInstanceElement::deployState).orElse(null),
                    held.map(ViewInstanceElement::lockState).orElse(null), StateChangeResult.NO_ERROR,
                    stage.message(), stage.useState() != null ? stage.useState()
                            : held.map(ViewInstanceElement::useState).orElse(null),
                    stage.operationalState() != null ? stage.operationalState()
                            : held.map(ViewInstanceElement::operationalState).orElse(null),
                    stage.outProperties() != null ? stage.outProperties()
                            : held.map(ViewInstanceElement::outProperties).orElse(null),
                    order.revision(), stage.nextStage(), order.dispatchId()));
        }
        if (!view.stageReported(instanceId, elementId, stage.nextStage(), stage.useState(),
                stage.operationalState(), stage.outProperties())) {
            LOG.fine(() -> "reported a stage of element " + elementId + " of instance " + instanceId
                    + ", which this replica's view does not hold");
        }
    }

    /**
     * Pushes an element's use state, operational state and out-properties: this replica's view changes at once,
     * every other replica's when the runtime's sync follows.
     *
     * @throws IllegalArgumentException if the instance or the element is not in this participant's view
     */
    public void sendAcElementInfo(UUID instanceId, UUID elementId, String useState, String operationalState,
            Map<String, Object> outProperties) {
        synchronized (reporting) {
            view.putInfo(instanceId, elementId, useState, operationalState, outProperties);
            try (LogContext.Scope scope = requestIds.reporting(instanceId)) {
                sender.test(messages.elementInfo(instanceId, elementId, useState, operationalState, outProperties));
            }
        }
    }

    /**
     * Called for each order before the listener runs, so that the reports of its elements name the order and the
     * dispatch they answer.
     */
    void ordered(UUID instanceId, long revision, UUID dispatchId, Collection<UUID> elementIds) {
        AnsweredOrder order = new AnsweredOrder(revision, dispatchId);
        orderRevisions.put(instanceId, revision);
        elementIds.forEach(elementId -> answered.put(new ElementKey(instanceId, elementId), order));
        acks.expect(instanceId, dispatchId, elementIds);
        requestIds.ordered(instanceId);
    }

    /** Sends every ack held (the session stops): reports are not dropped with the session. */
    void sendHeld() {
        acks.sendHeld();
    }

    /** An order that names no dispatch and no element (as older runtimes sent them). */
    void ordered(UUID instanceId, long revision) {
        ordered(instanceId, revision, null, List.of());
    }

    /** The listener threw (or could not be called): FAILED, and the state the element returns to, as ONAP. */
    void listenerFailed(UUID instanceId, UUID elementId, InstanceOperation operation, Throwable failure) {
        String reason = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getName();
        LOG.info(() -> operation + " of element " + elementId + " of instance " + instanceId
                + " failed in the participant: " + reason);
        LockState lock = switch (operation) {
            case LOCK -> LockState.UNLOCKED;
            case UNLOCK -> LockState.LOCKED;
            default -> null;
        };
        DeployState deploy = switch (operation) {
            case DEPLOY, DELETE, PREPARE -> DeployState.UNDEPLOYED;
            case UNDEPLOY, UPDATE, UPDATE_REVERT, MIGRATE, MIGRATE_PRECHECK, MIGRATION_REVERT, REVIEW ->
                DeployState.DEPLOYED;
            default -> null;
        };
        report(instanceId, elementId, deploy, lock, StateChangeResult.FAILED, reason, null, null, null);
    }

    private void report(UUID instanceId, UUID elementId, DeployState deploy, LockState lock,
            StateChangeResult result, String message, String useState, String operationalState,
            Map<String, Object> outProperties) {
        synchronized (reporting) {
            reportLocked(instanceId, elementId, deploy, lock, result, message, useState, operationalState,
                    outProperties);
        }
    }

    private void reportLocked(UUID instanceId, UUID elementId, DeployState deploy, LockState lock,
            StateChangeResult result, String message, String useState, String operationalState,
            Map<String, Object> outProperties) {
        AnsweredOrder order = answered.getOrDefault(new ElementKey(instanceId, elementId),
                new AnsweredOrder(orderRevisions.getOrDefault(instanceId, 0L), null));
        // The ack carries the element's latest use state, operational state and out-properties as this replica holds
        // them, as ONAP's acks do: an info message pushed just before may be applied after the ack by another
        // runtime node, and the order must not complete with the element's data older than what the replica reported.
        Optional<ViewInstanceElement> held = view.get(instanceId).map(instance -> instance.elements().get(elementId));
        try (LogContext.Scope scope = requestIds.reporting(instanceId)) {
            acks.acked(messages.elementAck(instanceId, elementId, deploy, lock, result, message,
                    useState != null ? useState : held.map(ViewInstanceElement::useState).orElse(null),
                    operationalState != null ? operationalState
                            : held.map(ViewInstanceElement::operationalState).orElse(null),
                    outProperties != null ? outProperties : held.map(ViewInstanceElement::outProperties).orElse(null),
                    order.revision(), null, order.dispatchId()));
        }
        if (!view.reported(instanceId, elementId, deploy, lock, result, useState, operationalState, outProperties)) {
            LOG.fine(() -> "reported element " + elementId + " of instance " + instanceId
                    + ", which this replica's view does not hold");
        } else if (view.get(instanceId).isEmpty()) {
            // its last element is deleted: nothing more will answer an order
            acks.instanceGone(instanceId);
            answered.keySet().removeIf(key -> key.instanceId().equals(instanceId));
            orderRevisions.remove(instanceId);
            requestIds.forget(instanceId);
        }
    }

    /** The state as given (null too) if it ends an operation; a transitional state is the participant's bug. */
    static DeployState requireFinalDeployState(DeployState state) {
        if (state == null) {
            return null;
        }
        if (!FINAL_DEPLOY_STATES.contains(state)) {
            throw new IllegalArgumentException("an element ends DEPLOYED, UNDEPLOYED or DELETED, not " + state);
        }
        return state;
    }

    static LockState requireFinalLockState(LockState state) {
        if (state == null) {
            return null;
        }
        if (!FINAL_LOCK_STATES.contains(state)) {
            throw new IllegalArgumentException("an element's lock ends LOCKED or UNLOCKED, not " + state);
        }
        return state;
    }
}
