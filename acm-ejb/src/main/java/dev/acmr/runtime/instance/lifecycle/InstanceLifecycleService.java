package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.runtime.composition.application.CompositionNotFoundException;
import dev.acmr.runtime.composition.domain.AcTypeState;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.infrastructure.persistence.DatabaseClock;
import dev.acmr.runtime.instance.application.InstanceDraft;
import dev.acmr.runtime.instance.application.InstanceNotFoundException;
import dev.acmr.runtime.instance.application.InstanceRejectedException;
import dev.acmr.runtime.instance.application.InstantiationService;
import dev.acmr.runtime.instance.application.MigrationRequest;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.DeployState;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.domain.InstanceOrderPolicy;
import dev.acmr.runtime.instance.domain.InstanceStatus;
import dev.acmr.runtime.instance.domain.OrderEffect;
import dev.acmr.runtime.instance.domain.PrecheckPlan;
import dev.acmr.runtime.instance.domain.RetryScope;
import dev.acmr.runtime.instance.domain.SnapshotElement;
import dev.acmr.runtime.instance.domain.SnapshotPurpose;
import dev.acmr.runtime.instance.repository.InstanceRepository;
import dev.acmr.runtime.participant.dispatch.selection.NoLiveReplicaException;
import dev.acmr.runtime.participant.dispatch.selection.ReplicaSelector;
import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Accepts instance orders: checks the order against the state table, applies the change it makes to the stored
 * instance, sets the transitional states on the instance and the elements the order targets, and hands the order to
 * the dispatcher, which sends its first part.
 *
 * <p>An update of a DEPLOYED instance, a migration and a rollback store the instance's elements as they were in its
 * rollback snapshot ({@link RollbackSnapshots}) and change the rows at once: the rows are the "after" of the running
 * change, the snapshot its "before" (ONAP's model), from which every message of the order, and any failover of one,
 * is built. A migrate precheck leaves the rows alone and stores the would-be elements in a {@link PrecheckPlan}.
 *
 * <p>All of it is one transaction on the locked instance row, as for priming: a second order racing on another node
 * waits for the row and then finds the instance busy. A refusal (400, 404, 409) rolls everything back.
 */
@Stateless
public class InstanceLifecycleService {

    private static final Logger LOG = Logger.getLogger(InstanceLifecycleService.class.getName());

    /** The orders of {@code PUT} (and DELETE); the others have a request of their own. */
    private static final Set<InstanceOrder> STATE_ORDERS = EnumSet.of(InstanceOrder.DEPLOY, InstanceOrder.UNDEPLOY,
            InstanceOrder.LOCK, InstanceOrder.UNLOCK, InstanceOrder.DELETE, InstanceOrder.PREPARE,
            InstanceOrder.REVIEW);

    @Inject
    private InstanceRepository instances;

    @Inject
    private CompositionRepository compositions;

    @Inject
    private DatabaseClock clock;

    @Inject
    private ReplicaSelector selector;

    @Inject
    private InstanceDispatcher dispatcher;

    @Inject
    private InstanceSyncs syncs;

    @Inject
    private InstantiationService instantiation;

    public InstanceLifecycleService() {
        // for the container, which injects the fields
    }

    InstanceLifecycleService(InstanceRepository instances, CompositionRepository compositions,
            ReplicaSelector selector, InstanceDispatcher dispatcher, DatabaseClock clock) {
        this.instances = instances;
        this.clock = clock;
        this.compositions = compositions;
        this.selector = selector;
        this.dispatcher = dispatcher;
    }

    /**
     * A deploy, lock or sub order ({@code PUT}: PREPARE, REVIEW) or a DELETE; returns the instance's name and version.
     */
    public ToscaIdentifier order(CompositionId compositionId, UUID instanceId, InstanceOrder order) {
        AutomationCompositionInstance instance = lock(compositionId, instanceId);
        if (!DispatchPlan.isSupported(order) || !STATE_ORDERS.contains(order)) {
            throw new InstanceRejectedException("Not valid order " + order + ": it has a request of its own");
        }
        start(instance, order, Map.of());
        return instance.nameAndVersion();
    }

    /**
     * A {@code POST} with the instanceId, routed as ONAP routes it: an UNDEPLOYED instance is redefined (name,
     * version, description, elements added or removed, properties replaced) and synced to its participants'
     * replicas, whatever target composition the post names; on a DEPLOYED one, {@code compositionTargetId} makes it
     * a migration (with {@code precheck: true}, a migrate precheck), otherwise an UPDATE merges the given
     * properties into the stored ones and sends them to its participants, with the properties they replace.
     *
     * @return the instance's name and version
     */
    public ToscaIdentifier update(CompositionId compositionId, InstanceDraft draft) {
        AutomationCompositionInstance instance = lock(compositionId, draft.instanceId());
        instance.migration().migrationStateRefusal().ifPresent(refusal -> {
            throw new InstanceRejectedException(refusal);
        });
        InstanceStatus status = instance.status();
        InstanceOrder order = postedOrder(draft, status);
        refuseInStatus(order, status);
        if (order == InstanceOrder.UPDATE && InstanceOrderPolicy.isPlainUpdate(status)) {
            Set<ParticipantId> before = instance.elements().participants();
            instantiation.redefine(instance, draft);
            syncs.syncToEveryReplica(instance, before);
        } else if (order == InstanceOrder.UPDATE) {
            updateDeployed(instance, draft);
        } else {
            migrate(instance, draft, order);
        }
        return instance.nameAndVersion();
    }

    /**
     * {@code POST .../rollback}: back to the snapshot taken before the failed migration (MIGRATION_REVERT) or update
     * (UPDATE_REVERT), as ONAP's. The failed state becomes the snapshot, the "before" of the revert.
     *
     * @throws InstanceRejectedException if nothing failed to roll back, or the snapshot no longer fits the
     *         instance's composition
     * @throws InstanceNotFoundException if the instance is unknown, or has no snapshot
     */
    public void rollback(CompositionId compositionId, UUID instanceId) {
        AutomationCompositionInstance instance = lock(compositionId, instanceId);
        InstanceStatus status = instance.status();
        DeployState reverting = InstanceOrderPolicy.revertingState(status).orElseThrow(
                () -> new InstanceRejectedException("Invalid state for rollback, Ac Instance is "
                        + status.deployState()));
        Instant now = Instant.now();
        List<SnapshotElement> before = snapshots().swapForRollback(instance, now);
        Map<UUID, Map<String, Object>> failed = reverting == DeployState.MIGRATION_REVERTING
                ? instance.migration().revertMigration(before, now) : instance.migration().revertUpdate(before, now);
        start(instance, InstanceOrder.ROLLBACK, failed);
    }

    // Where ONAP routes a post: an UNDEPLOYED instance only ever takes a plain update.
    private static InstanceOrder postedOrder(InstanceDraft draft, InstanceStatus status) {
        if (draft.compositionTargetId() == null || status.deployState() == DeployState.UNDEPLOYED) {
            return InstanceOrder.UPDATE;
        }
        return draft.precheck() ? InstanceOrder.MIGRATE_PRECHECK : InstanceOrder.MIGRATE;
    }

    private void updateDeployed(AutomationCompositionInstance instance, InstanceDraft draft) {
        DeployedUpdate update = DeployedUpdate.of(instance, draft);
        requireLive(instance.elements().participants());
        Instant now = Instant.now();
        snapshots().save(instance, SnapshotPurpose.UPDATE, now);
        Map<UUID, Map<String, Object>> previous =
                instance.replaceProperties(update.properties(), update.descriptions(), now);
        start(instance, InstanceOrder.UPDATE, previous);
    }

    /** MIGRATE changes the rows now (the snapshot keeps them as they were); MIGRATE_PRECHECK only plans it. */
    private void migrate(AutomationCompositionInstance instance, InstanceDraft draft, InstanceOrder order) {
        CompositionId targetId = new CompositionId(draft.compositionTargetId());
        // Locked: a racing DEPRIME of the target waits for this order, then finds the instance targeting it.
        CompositionDefinition target = compositions.findForUpdate(targetId)
                .orElseThrow(() -> new CompositionNotFoundException(targetId.toString()));
        InstanceOrderPolicy.refusal(order, instance.status(), true).ifPresent(refusal -> {
            throw new InstanceRejectedException(refusal);
        });
        if (target.state() != AcTypeState.PRIMED) {
            // ONAP's words, naming the target
            throw new InstanceRejectedException(targetId + " Commissioned automation composition definition not primed");
        }
        MigrationRequest request = MigrationRequest.of(instance, draft, target, instances::elementIdsInUse);
        requireLive(request.participants());
        Instant now = Instant.now();
        if (order == InstanceOrder.MIGRATE_PRECHECK) {
            instances.savePrecheck(new PrecheckPlan(instance.id(), targetId, request.wouldBe(), now));
        } else {
            snapshots().save(instance, SnapshotPurpose.MIGRATE, now);
            instance.migration().migrate(targetId, request.kept(), request.added(), request.removed(), now);
        }
        LOG.info(() -> order + " of instance " + instance.id() + " to composition " + targetId + ": "
                + request.kept().size() + " kept, " + request.added().size() + " added, "
                + request.removed().size() + " removed element(s)");
        start(instance, order, Map.of());
    }

    private static void refuseInStatus(InstanceOrder order, InstanceStatus status) {
        // The target composition is checked once it is read (see migrate).
        InstanceOrderPolicy.refusal(order, status, true).ifPresent(refusal -> {
            throw new InstanceRejectedException(refusal);
        });
    }

    private void start(AutomationCompositionInstance instance, InstanceOrder order,
            Map<UUID, Map<String, Object>> previousProperties) {
        InstanceStatus status = instance.status();
        InstanceOrderPolicy.refusal(order, status, true).ifPresent(refusal -> {
            throw new InstanceRejectedException(refusal);
        });
        Set<UUID> targets = RetryScope.targets(order, status, instance.elements().statuses());
        Set<ParticipantId> involved = new LinkedHashSet<>();
        instance.elements().stream().filter(element -> targets.contains(element.id()))
                .forEach(element -> involved.add(element.participant()));
        requireLive(involved);
        OrderEffect effect = OrderEffect.of(order, status);
        Duration timeout = dispatcher.timeoutOf(instance, order);
        DatabaseClock.OrderTimes times = clock.orderTimes(timeout);
        instance.startOrder(order, effect, targets, times.startedAt(), times.deadline());
        LOG.info(() -> order + " of instance " + instance.id() + " accepted: " + status.describe() + " -> "
                + effect.next().describe() + ", " + targets.size() + " element(s), timeout " + timeout.toMillis()
                + " ms");
        dispatcher.advance(instance, previousProperties);
    }

    private void requireLive(Set<ParticipantId> participants) {
        participants.stream().filter(participant -> !selector.isLive(participant)).findFirst().ifPresent(offline -> {
            throw new NoLiveReplicaException(offline);
        });
    }

    private RollbackSnapshots snapshots() {
        return new RollbackSnapshots(instances, compositions);
    }

    private AutomationCompositionInstance lock(CompositionId compositionId, UUID instanceId) {
        AutomationCompositionInstance instance = instances.findForUpdate(instanceId)
                .orElseThrow(() -> new InstanceNotFoundException(String.valueOf(instanceId)));
        InstantiationService.requireOf(compositionId, instance);
        return instance;
    }
}
