package dev.acmr.runtime.composition.priming;

import dev.acmr.runtime.composition.application.CompositionNotFoundException;
import dev.acmr.runtime.composition.application.CompositionRejectedException;
import dev.acmr.runtime.composition.application.CompositionUsage;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionElement;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.PrimeOrder;
import dev.acmr.runtime.composition.domain.PrimeOrderPolicy;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.infrastructure.persistence.DatabaseClock;
import dev.acmr.runtime.participant.application.ParticipantMessageSender;
import dev.acmr.runtime.participant.dispatch.Assignment;
import dev.acmr.runtime.participant.dispatch.Dispatch;
import dev.acmr.runtime.participant.dispatch.DispatchOutcome;
import dev.acmr.runtime.participant.dispatch.DispatchService;
import dev.acmr.runtime.participant.dispatch.OperationDispatchRepository;
import dev.acmr.runtime.participant.dispatch.selection.NoLiveReplicaException;
import dev.acmr.runtime.participant.dispatch.selection.ReplicaSelector;
import dev.acmr.runtime.participant.domain.ElementType;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.repository.LiveReplicaRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accepts prime and deprime orders: checks the order against the state table, binds each element to the participant
 * that registered its type, and sends the order to one live replica of each participant involved.
 *
 * <p>All of it is one transaction on the locked composition row: a second order racing on another node waits for the
 * row and then finds the composition PRIMING, so exactly one is accepted. A refusal (400, 404, 409) rolls back
 * everything, bindings included.
 */
@Stateless
public class PrimingService {

    private static final Logger LOG = Logger.getLogger(PrimingService.class.getName());

    @Inject
    private CompositionRepository compositions;

    @Inject
    private CompositionUsage usage;

    @Inject
    private LiveReplicaRepository participants;

    @Inject
    private ReplicaSelector selector;

    @Inject
    private DispatchService dispatchService;

    @Inject
    private ParticipantMessageSender sender;

    @Inject
    private OperationDispatchRepository dispatches;

    @Inject
    private DatabaseClock clock;

    @Inject
    @ConfigProperty(name = "acm.composition.maxOperationWaitMs", defaultValue = "36000")
    private long defaultTimeoutMs;

    public void order(CompositionId id, PrimeOrder order) {
        CompositionDefinition definition = compositions.findForUpdate(id)
                .orElseThrow(() -> new CompositionNotFoundException(id.toString()));
        PrimeOrderPolicy.refusal(order, definition.state(), definition.stateChangeResult()).ifPresent(refusal -> {
            throw new CompositionRejectedException(refusal);
        });
        usageRefusal(order, usage.hasInstances(id), usage.isMigrationTarget(id)).ifPresent(refusal -> {
            throw new CompositionRejectedException(refusal);
        });
        Set<ParticipantId> involved = bind(definition, order);
        involved.stream().filter(participant -> !selector.isLive(participant)).findFirst().ifPresent(offline -> {
            throw new NoLiveReplicaException(offline);
        });
        Duration timeout = PrimeTimeouts.of(order, definition.serviceTemplateJson(), Duration.ofMillis(defaultTimeoutMs));
        DatabaseClock.OrderTimes times = clock.orderTimes(timeout);
        definition.startOrder(order, times.startedAt(), times.deadline());
        dispatches.settleAll(id.value(), DispatchOutcome.SUPERSEDED);
        for (ParticipantId participant : involved) {
            Assignment assignment = dispatchService.assign(participant, new Dispatch(
                    Dispatch.EntityKind.COMPOSITION, id.value(), order.name(), 0, definition.orderRevision()));
            sender.send(CompositionMessages.prime(definition, order, assignment));
        }
        LOG.info(() -> order + " of composition " + id + " sent to " + involved.size() + " participant(s), timeout "
                + timeout.toMillis() + " ms");
    }

    /**
     * Why instances forbid the order: a composition with instances is neither primed nor deprimed, nor one an
     * instance is being migrated to (ONAP's words for the latter); empty if none does.
     */
    static Optional<String> usageRefusal(PrimeOrder order, boolean hasInstances, boolean isMigrationTarget) {
        if (hasInstances) {
            return Optional.of("Not valid " + order + ": the composition has instances");
        }
        if (isMigrationTarget) {
            return Optional.of("This compositionId is referenced as a targetCompositionId in the instance table.");
        }
        return Optional.empty();
    }

    /**
     * At PRIME every element is bound afresh to the participant that registered its type (ONAP binds at PRIME too);
     * a DEPRIME keeps the binding of the PRIME it undoes, and binds only elements that never were.
     */
    private Set<ParticipantId> bind(CompositionDefinition definition, PrimeOrder order) {
        Set<ParticipantId> involved = new LinkedHashSet<>();
        for (CompositionElement element : definition.elements()) {
            if (order == PrimeOrder.PRIME || element.participant().isEmpty()) {
                element.bindTo(participantFor(element));
            }
            involved.add(element.participant().orElseThrow());
        }
        return involved;
    }

    private ParticipantId participantFor(CompositionElement element) {
        ElementType type = new ElementType(element.typeName(), element.typeVersion());
        List<ParticipantId> supporting = participants.participantsSupporting(type);
        if (supporting.isEmpty()) {
            throw new CompositionRejectedException("Element Type " + type + " not supported");
        }
        return supporting.get(0);
    }
}
