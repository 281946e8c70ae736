package dev.acmr.participant.adapter.session;

import dev.acmr.messages.ElementChange;
import dev.acmr.messages.InstanceElement;
import dev.acmr.messages.InstanceOperation;
import dev.acmr.messages.InstanceOrder;
import dev.acmr.messages.InstanceSync;
import dev.acmr.participant.adapter.config.ParticipantSettings;
import dev.acmr.participant.adapter.inbound.EndpointDispatcher;
import dev.acmr.participant.adapter.inbound.EndpointDispatcher.ListenerCall;
import dev.acmr.participant.adapter.view.InstanceView;
import dev.acmr.participant.adapter.view.ViewInstanceElement;
import dev.acmr.participant.models.base.PfModelException;
import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.InstanceElementDto;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * What the runtime says about instances: orders (deploy, undeploy, lock, unlock, delete, update and its revert,
 * prepare, review, and migrate, its precheck and its revert with their elements as changes), run on the listener
 * once per element, and syncs, applied to the view. Called on the messaging client's delivery thread, one message at
 * a time in arrival order; nothing here waits: each element's call is its own work on the work manager, so the
 * elements of one phase run in parallel, as ONAP's intermediary runs one future per element.
 */
final class InstanceHandler {

    private static final Logger LOG = Logger.getLogger(InstanceHandler.class.getName());

    /** One listener call for one element, built before the order changes the view. */
    private record ElementCall(UUID elementId, ListenerCall call) {
    }

    private final ParticipantSettings settings;
    private final InstanceView view;
    private final EndpointDispatcher dispatcher;
    private final InstanceReporter reporter;
    private final HandledInstanceOrders handled = new HandledInstanceOrders(HandledInstanceOrders.CAPACITY);

    InstanceHandler(ParticipantSettings settings, InstanceView view, EndpointDispatcher dispatcher,
            InstanceReporter reporter) {
        this.settings = settings;
        this.view = view;
        this.dispatcher = dispatcher;
        this.reporter = reporter;
    }

    /**
     * Runs an order addressed to this replica: puts what it says of the instance in the view first, so the listener
     * can read it back through the intermediary as in ONAP, then calls the listener once per listed element.
     */
    void onOrder(InstanceOrder order) {
        if (!settings.isThisReplica(order.participantId(), order.replicaId())
                || order.instanceId() == null || order.operation() == null) {
            // An order to every replica would run once per replica: never act on it.
            LOG.warning(() -> "ignored instance order " + order.messageId() + " (" + order.operation()
                    + " of instance " + order.instanceId() + " for participant " + order.participantId()
                    + ", replica " + order.replicaId() + "): not addressed to this replica alone, or incomplete");
            return;
        }
        UUID id = order.instanceId();
        if (!handled.take(id, order.operation(), order.revision(), order.startPhase(), order.dispatchId())) {
            LOG.info(() -> "ignored a repeated " + order.operation() + " of instance " + id + " (revision "
                    + order.revision() + ", phase " + order.startPhase() + ", dispatch " + order.dispatchId()
                    + "): the listener already has it");
            return;
        }
        reporter.ordered(id, order.revision(), order.dispatchId(), MigrationCalls.carriesChanges(order.operation())
                ? order.changes().stream().map(MigrationCalls::elementId).filter(Objects::nonNull).toList()
                : order.elements().stream().map(InstanceElement::elementId).filter(Objects::nonNull).toList());
        // Built from the order itself (and, for an update, the properties held before it), not the view after it.
        List<ElementCall> calls = MigrationCalls.carriesChanges(order.operation())
                ? order.changes().stream().filter(this::isComplete)
                        .map(change -> new ElementCall(MigrationCalls.elementId(change),
                                MigrationCalls.callFor(order, change))).toList()
                : order.elements().stream().filter(this::hasId).map(element -> callFor(order, element)).toList();
        view.holdOrdered(order);
        calls.forEach(call -> dispatch(order, call));
    }

    private boolean hasId(InstanceElement element) {
        if (element.elementId() == null) {
            LOG.warning(() -> "ignored an element without id (definition " + element.definitionName() + ")");
        }
        return element.elementId() != null;
    }

    private boolean isComplete(ElementChange change) {
        boolean complete = MigrationCalls.elementId(change) != null
                && (change.before() != null || change.after() != null);
        if (!complete) {
            LOG.warning(() -> "ignored an element change without id or sides: " + change);
        }
        return complete;
    }

    private ElementCall callFor(InstanceOrder order, InstanceElement element) {
        boolean update = order.operation() == InstanceOperation.UPDATE
                || order.operation() == InstanceOperation.UPDATE_REVERT;
        CompositionElementDto c = ViewInstanceElement.compositionDto(order.compositionId(), element);
        InstanceElementDto i = ViewInstanceElement.instanceDto(order.instanceId(), element.elementId(),
                update ? propertiesBefore(order, element) : element.properties(), element.outProperties());
        int stage = order.startPhase();
        ListenerCall call = switch (order.operation()) {
            case DEPLOY -> listener -> listener.deploy(c, i);
            case UNDEPLOY -> listener -> listener.undeploy(c, i);
            case LOCK -> listener -> listener.lock(c, i);
            case UNLOCK -> listener -> listener.unlock(c, i);
            case DELETE -> listener -> listener.delete(c, i);
            case PREPARE -> listener -> listener.prepare(c, i, stage);
            case REVIEW -> listener -> listener.review(c, i);
            // A revert of an update is an update back: from the failed properties to the restored ones (ONAP).
            case UPDATE, UPDATE_REVERT -> {
                InstanceElementDto updated = ViewInstanceElement.instanceDto(order.instanceId(),
                        element.elementId(), element.properties(), element.outProperties());
                yield listener -> listener.update(c, i, updated);
            }
            case MIGRATE, MIGRATE_PRECHECK, MIGRATION_REVERT ->
                throw new IllegalArgumentException(order.operation() + " carries element changes, not elements");
        };
        return new ElementCall(element.elementId(), call);
    }

    /** What an update (or its revert) changes from: the order says it; an older runtime may not, then the view. */
    private Map<String, Object> propertiesBefore(InstanceOrder order, InstanceElement element) {
        if (element.previousProperties() != null) {
            return element.previousProperties();
        }
        return view.get(order.instanceId()).map(instance -> instance.elements().get(element.elementId()))
                .map(ViewInstanceElement::properties).orElse(Map.of());
    }

    private void dispatch(InstanceOrder order, ElementCall call) {
        dispatcher.dispatch(order.operation() + " of element " + call.elementId() + " of instance "
                + order.instanceId(), call.call()).whenComplete((done, failure) -> {
                    if (failure != null) {
                        reporter.listenerFailed(order.instanceId(), call.elementId(), order.operation(), failure);
                    }
                });
    }

    /** Applies a sync for every replica of this participant, or for this replica alone (its full sync on joining). */
    void onSync(InstanceSync sync) {
        if (!settings.participantId().equals(sync.participantId())
                || (sync.replicaId() != null && !settings.replicaId().equals(sync.replicaId()))) {
            LOG.warning(() -> "ignored sync " + sync.messageId() + " of instance " + sync.instanceId()
                    + ": addressed to participant " + sync.participantId() + ", replica " + sync.replicaId());
            return;
        }
        boolean applied = view.apply(sync);
        LOG.fine(() -> (applied ? "applied" : "ignored (not newer)") + " sync of instance " + sync.instanceId()
                + " at revision " + sync.revision() + (sync.deleted() ? " (deleted)" : ""));
    }
}
