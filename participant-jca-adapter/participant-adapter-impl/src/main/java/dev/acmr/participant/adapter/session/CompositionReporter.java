package dev.acmr.participant.adapter.session;

import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.PrimeOrder;
import dev.acmr.messages.logging.LogContext;
import dev.acmr.messages.logging.LogKey;
import dev.acmr.participant.adapter.view.CompositionView;
import dev.acmr.participant.models.base.PropertyMaps;
import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * The composition reports of the intermediary API: {@code updateCompositionState} becomes a
 * {@link dev.acmr.messages.ParticipantPrimeAck}, {@code sendAcDefinitionInfo} a
 * {@link dev.acmr.messages.ParticipantDefinitionInfo}, each with its change to this replica's view.
 *
 * <p>Invalid reports are refused with {@link IllegalArgumentException}, where ONAP's intermediary logs and drops
 * them: a participant that reports PRIMING, or TIMEOUT (the runtime's verdict, never a participant's), has a bug,
 * and an exception shows it at the call instead of as an order that times out later. A report that cannot be sent
 * (broker down) is logged, not thrown, as in ONAP: the runtime's timeout covers it.
 */
public final class CompositionReporter {

    private static final Logger LOG = Logger.getLogger(CompositionReporter.class.getName());

    private final ParticipantMessages messages;
    private final CompositionView view;
    private final Predicate<ParticipantMessage> sender;
    /** The last prime or deprime order received per composition: what an ack answers. */
    private final Map<UUID, AnsweredOrder> answered = new ConcurrentHashMap<>();
    /** The request id of the last prime or deprime per composition: what the reports carry back and are logged under. */
    private final OrderRequestIds requestIds = new OrderRequestIds(LogKey.COMPOSITION_ID);

    CompositionReporter(ParticipantMessages messages, CompositionView view, Predicate<ParticipantMessage> sender) {
        this.messages = messages;
        this.view = view;
        this.sender = sender;
    }

    /**
     * Reports the outcome of prime (PRIMED) or deprime (COMMISSIONED) with NO_ERROR or FAILED.
     *
     * @throws IllegalArgumentException for a missing id, a transitional state or a TIMEOUT/missing result
     */
    public void updateCompositionState(UUID compositionId, AcTypeState state, StateChangeResult result,
            String message) {
        updateCompositionState(compositionId, state, result, message, null);
    }

    /**
     * As above, with the out-properties of element definitions: they go to the runtime with the outcome (which
     * stores them on the composition's elements and syncs them to every replica) and into this replica's view at
     * once. Entries for elements this participant does not run are sent and ignored by the runtime.
     *
     * @param outPropertiesMap out-properties by element definition id; null for none
     */
    public void updateCompositionState(UUID compositionId, AcTypeState state, StateChangeResult result,
            String message, Map<ToscaConceptIdentifier, Map<String, Object>> outPropertiesMap) {
        if (compositionId == null) {
            throw new IllegalArgumentException("updateCompositionState needs a compositionId");
        }
        AcTypeState finalState = requireFinalState(state);
        StateChangeResult finalResult = requireFinalResult(result);
        if (outPropertiesMap != null) {
            outPropertiesMap.forEach((element, outProperties) -> holdOutProperties(compositionId, element,
                    outProperties));
        }
        report(compositionId, finalState, finalResult, message, outPropertiesMap);
    }

    private void holdOutProperties(UUID compositionId, ToscaConceptIdentifier element,
            Map<String, Object> outProperties) {
        if (element == null || !view.holds(compositionId, element)) {
            LOG.fine(() -> "out-properties of " + element + " reported with composition " + compositionId
                    + ", which this replica's view does not hold");
            return;
        }
        view.putOutProperties(compositionId, element, PropertyMaps.copy(outProperties));
    }

    /**
     * Pushes the out-properties of one element definition: this replica's view changes at once, every other
     * replica's when the runtime's sync follows.
     *
     * @param elementDefinitionId the element, or null for the only element of the composition (as ONAP)
     * @throws IllegalArgumentException if the composition or the element is not in this participant's view
     */
    public void sendAcDefinitionInfo(UUID compositionId, ToscaConceptIdentifier elementDefinitionId,
            Map<String, Object> outProperties) {
        ToscaConceptIdentifier element = view.putOutProperties(compositionId, elementDefinitionId, outProperties);
        try (LogContext.Scope scope = requestIds.reporting(compositionId)) {
            sender.test(messages.definitionInfo(compositionId, element, outProperties));
        }
    }

    /** The listener threw (or could not be called): FAILED, and the state before the order, as ONAP. */
    void listenerFailed(UUID compositionId, PrimeOrder order, Throwable failure) {
        AcTypeState before = order == PrimeOrder.PRIME ? AcTypeState.COMMISSIONED : AcTypeState.PRIMED;
        String reason = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getName();
        LOG.info(() -> order + " of composition " + compositionId + " failed in the participant: " + reason);
        report(compositionId, before, StateChangeResult.FAILED, reason, null);
    }

    /** Called for each order before the listener runs, so that its report names the order it answers. */
    void ordered(UUID compositionId, long revision, UUID dispatchId) {
        answered.put(compositionId, new AnsweredOrder(revision, dispatchId));
        requestIds.ordered(compositionId);
    }

    /** An order that names no dispatch (as older runtimes sent them). */
    void ordered(UUID compositionId, long revision) {
        ordered(compositionId, revision, null);
    }

    private void report(UUID compositionId, AcTypeState state, StateChangeResult result, String message,
            Map<ToscaConceptIdentifier, Map<String, Object>> outPropertiesMap) {
        AnsweredOrder order = answered.getOrDefault(compositionId, AnsweredOrder.NONE);
        try (LogContext.Scope scope = requestIds.reporting(compositionId)) {
            sender.test(messages.primeAck(compositionId, state, result, message, order, outPropertiesMap));
        }
        view.reported(compositionId, state, result);
    }

    /** The state as given if it ends a prime or deprime; anything else is the participant's bug. */
    static AcTypeState requireFinalState(AcTypeState state) {
        if (state != AcTypeState.PRIMED && state != AcTypeState.COMMISSIONED) {
            throw new IllegalArgumentException("a composition ends PRIMED or COMMISSIONED, not " + state);
        }
        return state;
    }

    static StateChangeResult requireFinalResult(StateChangeResult result) {
        if (result != StateChangeResult.NO_ERROR && result != StateChangeResult.FAILED) {
            throw new IllegalArgumentException("a participant reports NO_ERROR or FAILED, not " + result
                    + " (TIMEOUT is the runtime's to decide)");
        }
        return result;
    }
}
