package dev.acmr.runtime.composition.priming;

import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.PrimeOrder;
import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.participant.application.ParticipantMessageSender;
import dev.acmr.runtime.participant.dispatch.Assignment;
import dev.acmr.runtime.participant.dispatch.Dispatch;
import dev.acmr.runtime.participant.dispatch.DispatchOutcome;
import dev.acmr.runtime.participant.dispatch.DispatchService;
import dev.acmr.runtime.participant.dispatch.OpenDispatch;
import dev.acmr.runtime.participant.dispatch.OperationDispatchRepository;
import dev.acmr.runtime.participant.dispatch.selection.NoLiveReplicaException;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Moves a participant's part of a running prime or deprime off a replica that left or restarted before answering, as
 * instance failover does: decided on the locked composition row, same order revision, same deadline.
 */
@Stateless
public class PrimeFailoverService {

    private static final Logger LOG = Logger.getLogger(PrimeFailoverService.class.getName());

    @Inject
    private CompositionRepository compositions;

    @Inject
    private OperationDispatchRepository dispatches;

    @Inject
    private DispatchService dispatchService;

    @Inject
    private ParticipantMessageSender sender;

    /** @return whether the work was sent to another replica */
    public boolean failover(OpenDispatch orphan) {
        Optional<CompositionDefinition> found = compositions.findForUpdate(new CompositionId(orphan.dispatch().entityId()));
        if (!dispatches.isStillOrphaned(orphan.id())) {
            return false;
        }
        if (found.isEmpty() || !stillRunning(found.get(), orphan)) {
            dispatches.settle(orphan.id(), DispatchOutcome.STALE);
            return false;
        }
        CompositionDefinition definition = found.get();
        PrimeOrder running = PrimeOrder.runningIn(definition.state());
        boolean answered = definition.elementsOf(orphan.participant()).stream()
                .noneMatch(element -> element.state() == running.transitionalState());
        if (answered) {
            dispatches.settle(orphan.id(), DispatchOutcome.DONE);
            return false;
        }
        try {
            Assignment assignment = dispatchService.assign(orphan.participant(),
                    new Dispatch(Dispatch.EntityKind.COMPOSITION, definition.id().value(), running.name(), 0,
                            definition.orderRevision()));
            ReplicaAddress replica = assignment.replica();
            sender.send(CompositionMessages.prime(definition, running, assignment));
            dispatches.settle(orphan.id(), DispatchOutcome.REDISPATCHED);
            LOG.info(() -> running + " of composition " + definition.id() + " moved from replica " + orphan.replica()
                    + ", which left, to " + replica.replicaId());
            return true;
        } catch (NoLiveReplicaException e) {
            LOG.fine(() -> "No replica to take " + running + " of composition " + definition.id() + " yet");
            return false;
        }
    }

    private static boolean stillRunning(CompositionDefinition definition, OpenDispatch orphan) {
        return definition.state().isTransitional()
                && definition.stateChangeResult() == StateChangeResult.NO_ERROR
                && definition.orderRevision() == orphan.dispatch().orderRevision()
                && PrimeOrder.runningIn(definition.state()).name().equals(orphan.dispatch().operation());
    }
}
