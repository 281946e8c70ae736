package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.infrastructure.persistence.DatabaseClock;
import dev.acmr.runtime.instance.application.InstanceDraft;
import dev.acmr.runtime.instance.application.InstanceNotFoundException;
import dev.acmr.runtime.instance.application.InstanceRejectedException;
import dev.acmr.runtime.instance.application.InstantiationService;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.domain.InstanceOrderPolicy;
import dev.acmr.runtime.instance.domain.InstanceStatus;
import dev.acmr.runtime.instance.domain.OrderEffect;
import dev.acmr.runtime.instance.domain.PropertyMerge;
import dev.acmr.runtime.instance.domain.RetryScope;
import dev.acmr.runtime.instance.repository.InstanceRepository;
import dev.acmr.runtime.participant.dispatch.selection.NoLiveReplicaException;
import dev.acmr.runtime.participant.dispatch.selection.ReplicaSelector;
import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Accepts instance orders (deploy, undeploy, lock, unlock, update, delete): checks the order against the state
 * table, sets the transitional states on the instance and the elements the order targets, and sends the first start
 * phase (or the single UPDATE message) to one live replica of each participant with elements in it.
 *
 * <p>All of it is one transaction on the locked instance row, as for priming: a second order racing on another node
 * waits for the row and then finds the instance busy. A refusal (400, 404, 409) rolls everything back.
 */
@Stateless
public class InstanceLifecycleService {

    private static final Logger LOG = Logger.getLogger(InstanceLifecycleService.class.getName());

    @Inject
    private InstanceRepository instances;

    @Inject
    private DatabaseClock clock;

    @Inject
    private ReplicaSelector selector;

    @Inject
    private InstanceDispatcher dispatcher;

    @Inject
    private InstantiationService instantiation;

    /** A deploy or lock order ({@code PUT}) or a DELETE; returns the instance's name and version. */
    public ToscaIdentifier order(CompositionId compositionId, UUID instanceId, InstanceOrder order) {
        AutomationCompositionInstance instance = lock(compositionId, instanceId);
        if (!DispatchPlan.isSupported(order) || order == InstanceOrder.UPDATE) {
            throw new InstanceRejectedException("Not valid order " + order + ": not supported yet");
        }
        start(instance, order, Map.of());
        return instance.nameAndVersion();
    }

    /**
     * An update ({@code POST} with the instanceId), as ONAP's: an UNDEPLOYED instance is redefined (name, version,
     * description, elements added or removed, properties replaced) and synced to its participants' replicas; a
     * DEPLOYED one merges the given properties into the stored ones and sends them to its participants (UPDATING),
     * with the properties they replace.
     *
     * @return the instance's name and version
     */
    public ToscaIdentifier update(CompositionId compositionId, InstanceDraft draft) {
        if (draft.compositionTargetId() != null) {
            throw new InstanceRejectedException("Not valid order " + (draft.precheck() ? InstanceOrder.MIGRATE_PRECHECK
                    : InstanceOrder.MIGRATE) + ": not supported yet");
        }
        AutomationCompositionInstance instance = lock(compositionId, draft.instanceId());
        InstanceStatus status = instance.status();
        InstanceOrderPolicy.refusal(InstanceOrder.UPDATE, status, true).ifPresent(refusal -> {
            throw new InstanceRejectedException(refusal);
        });
        if (InstanceOrderPolicy.isPlainUpdate(status)) {
            Set<ParticipantId> before = instance.elements().participants();
            instantiation.redefine(instance, draft);
            dispatcher.syncToEveryReplica(instance, before);
            return instance.nameAndVersion();
        }
        Map<UUID, Map<String, Object>> properties = new LinkedHashMap<>();
        Map<UUID, String> descriptions = new LinkedHashMap<>();
        for (InstanceDraft.Element element : draft.elements()) {
            InstanceElement stored = instance.element(element.id()).orElseThrow(
                    () -> new InstanceRejectedException("Element id not present " + element.id()));
            if (element.definition() != null && !element.definition().equals(stored.definition())) {
                throw new InstanceRejectedException("Element " + element.id() + " instantiates "
                        + stored.definition() + ", not " + element.definition());
            }
            // ONAP merges: keys the update leaves out keep their stored values.
            properties.put(element.id(), PropertyMerge.merged(stored.properties(), element.properties()));
            if (element.description() != null) {
                descriptions.put(element.id(), element.description());
            }
        }
        requireLive(instance.elements().participants());
        Map<UUID, Map<String, Object>> previous = instance.replaceProperties(properties, descriptions, Instant.now());
        start(instance, InstanceOrder.UPDATE, previous);
        return instance.nameAndVersion();
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

    private AutomationCompositionInstance lock(CompositionId compositionId, UUID instanceId) {
        AutomationCompositionInstance instance = instances.findForUpdate(instanceId)
                .orElseThrow(() -> new InstanceNotFoundException(String.valueOf(instanceId)));
        InstantiationService.requireOf(compositionId, instance);
        return instance;
    }
}
