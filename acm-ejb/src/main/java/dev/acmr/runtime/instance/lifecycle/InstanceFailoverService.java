package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.Completion;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.domain.Pacing;
import dev.acmr.runtime.instance.domain.PhasePlan;
import dev.acmr.runtime.instance.repository.InstanceRepository;
import dev.acmr.runtime.participant.dispatch.DispatchOutcome;
import dev.acmr.runtime.participant.dispatch.OpenDispatch;
import dev.acmr.runtime.participant.dispatch.OperationDispatchRepository;
import dev.acmr.runtime.participant.dispatch.selection.NoLiveReplicaException;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Moves a participant's part of a running instance phase, stage or single message off a replica that left or
 * restarted before answering: the unfinished elements of that phase or stage go to another selectable replica of the
 * same participant, rebuilt from the database as the first dispatch was, with the same order revision, so acks count
 * as usual; the deadline stays, so an order nobody completes still times out. Decided on the locked instance row:
 * the orphaned dispatch must still be open and orphaned, and the order, revision and phase or stage it was for must
 * still be running; otherwise it is only settled. With no replica to take it, it stays open and the next sweep tries
 * again.
 */
@Stateless
public class InstanceFailoverService {

    private static final Logger LOG = Logger.getLogger(InstanceFailoverService.class.getName());

    @Inject
    private InstanceRepository instances;

    @Inject
    private OrderContents contents;

    @Inject
    private OperationDispatchRepository dispatches;

    @Inject
    private InstanceDispatcher dispatcher;

    /** @return whether the work was sent to another replica */
    public boolean failover(OpenDispatch orphan) {
        Optional<AutomationCompositionInstance> found = instances.findForUpdate(orphan.dispatch().entityId());
        if (!dispatches.isStillOrphaned(orphan.id())) {
            return false;
        }
        if (found.isEmpty() || !stillRunning(found.get(), orphan)) {
            dispatches.settle(orphan.id(), DispatchOutcome.STALE);
            return false;
        }
        AutomationCompositionInstance instance = found.get();
        List<InstanceElement> unfinished = unfinishedPart(instance, orphan);
        if (unfinished.isEmpty()) {
            dispatches.settle(orphan.id(), DispatchOutcome.DONE);
            return false;
        }
        InstanceOrder order = instance.progress().runningOrder().orElseThrow();
        try {
            ReplicaAddress replica = dispatcher.sendTo(contents.contentOf(instance, order, Map.of()),
                    orphan.dispatch().phase(), orphan.participant(), unfinished);
            dispatches.settle(orphan.id(), DispatchOutcome.REDISPATCHED);
            LOG.info(() -> order + " phase " + orphan.dispatch().phase() + " of instance " + instance.id() + " ("
                    + unfinished.size() + " element(s)) moved from replica " + orphan.replica() + ", which left, to "
                    + replica.replicaId());
            return true;
        } catch (NoLiveReplicaException e) {
            LOG.fine(() -> "No replica to take " + order + " of instance " + instance.id() + " yet: " + e.getMessage());
            return false;
        }
    }

    private static boolean stillRunning(AutomationCompositionInstance instance, OpenDispatch orphan) {
        Optional<InstanceOrder> running = instance.progress().runningOrder();
        if (running.isEmpty() || !Completion.isPossible(instance.status())
                || instance.status().stateChangeResult() != StateChangeResult.NO_ERROR
                || instance.orderRevision() != orphan.dispatch().orderRevision()
                || !running.get().name().equals(orphan.dispatch().operation())) {
            return false;
        }
        boolean paced = DispatchPlan.pacingOf(running.get(), instance.status()).direction().isPresent();
        return !paced || instance.progress().phase().orElse(-1) == orphan.dispatch().phase();
    }

    // Paced by start phase or stage: the participant's unfinished elements still at the orphan's phase or stage (a
    // stage report moved the others on); a single message: all of its unfinished elements.
    private List<InstanceElement> unfinishedPart(AutomationCompositionInstance instance, OpenDispatch orphan) {
        Set<UUID> finished = instance.elements().finished();
        InstanceOrder order = instance.progress().runningOrder().orElseThrow();
        Pacing pacing = DispatchPlan.pacingOf(order, instance.status());
        Set<UUID> inPhase = pacing.direction().isPresent()
                ? PhasePlan.elementsIn(orphan.dispatch().phase(), dispatcher.phasesOf(instance, order, pacing),
                        finished)
                : null;
        return instance.elements().runBy(orphan.participant()).stream()
                .filter(element -> !finished.contains(element.id()))
                .filter(element -> inPhase == null || inPhase.contains(element.id()))
                .toList();
    }
}
