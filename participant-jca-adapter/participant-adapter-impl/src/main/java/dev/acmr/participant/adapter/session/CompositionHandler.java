package dev.acmr.participant.adapter.session;

import dev.acmr.messages.ParticipantCompositionSync;
import dev.acmr.messages.ParticipantPrime;
import dev.acmr.messages.PrimeOrder;
import dev.acmr.participant.adapter.config.ParticipantSettings;
import dev.acmr.participant.adapter.inbound.EndpointDispatcher;
import dev.acmr.participant.adapter.view.CompositionView;
import dev.acmr.participant.adapter.view.ViewComposition;
import dev.acmr.participant.api.AutomationCompositionElementListener;
import dev.acmr.participant.models.base.PfModelException;
import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.dto.CompositionDto;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * What the runtime says about compositions: prime and deprime orders, run on the listener, and syncs, applied to the
 * view. Called on the messaging client's delivery thread, one message at a time in arrival order; nothing here
 * waits, the listener runs on the work manager.
 */
final class CompositionHandler {

    private static final Logger LOG = Logger.getLogger(CompositionHandler.class.getName());

    private final ParticipantSettings settings;
    private final CompositionView view;
    private final EndpointDispatcher dispatcher;
    private final CompositionReporter reporter;
    private final HandledPrimes handled = new HandledPrimes(HandledPrimes.CAPACITY);

    CompositionHandler(ParticipantSettings settings, CompositionView view, EndpointDispatcher dispatcher,
            CompositionReporter reporter) {
        this.settings = settings;
        this.view = view;
        this.dispatcher = dispatcher;
        this.reporter = reporter;
    }

    /**
     * Runs a prime or deprime order addressed to this replica: puts the composition in the view first, so the
     * listener can read it back through the intermediary as in ONAP, then calls the listener once per order.
     */
    void onPrime(ParticipantPrime prime) {
        if (!settings.isThisReplica(prime.participantId(), prime.replicaId())
                || prime.compositionId() == null || prime.primeOrder() == null) {
            // An order to every replica would run once per replica: never act on it.
            LOG.warning(() -> "ignored prime message " + prime.messageId() + " (" + prime.primeOrder() + " of composition "
                    + prime.compositionId() + " for participant " + prime.participantId() + ", replica "
                    + prime.replicaId() + "): not addressed to this replica alone, or incomplete");
            return;
        }
        UUID id = prime.compositionId();
        PrimeOrder order = prime.primeOrder();
        if (!handled.take(id, order, prime.revision(), prime.dispatchId())) {
            LOG.info(() -> "ignored a repeated " + order + " of composition " + id + " (revision "
                    + prime.revision() + ", dispatch " + prime.dispatchId() + "): the listener already has it");
            return;
        }
        boolean priming = order == PrimeOrder.PRIME;
        reporter.ordered(id, prime.revision(), prime.dispatchId());
        view.holdOrdered(id, prime.revision(), priming ? AcTypeState.PRIMING : AcTypeState.DEPRIMING,
                prime.elements());
        // Built from the order itself, not the view: the call is about what the runtime asked for.
        CompositionDto composition = ViewComposition.dtoOf(id, prime.elements());
        dispatcher.dispatch(order + " of composition " + id, listener -> call(listener, order, composition))
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        reporter.listenerFailed(id, order, failure);
                    }
                });
    }

    private static void call(AutomationCompositionElementListener listener, PrimeOrder order,
            CompositionDto composition) throws PfModelException {
        if (order == PrimeOrder.PRIME) {
            listener.prime(composition);
        } else {
            listener.deprime(composition);
        }
    }

    /** Applies a sync for every replica of this participant, or for this replica alone (its full sync on joining). */
    void onSync(ParticipantCompositionSync sync) {
        if (!settings.participantId().equals(sync.participantId())
                || (sync.replicaId() != null && !settings.replicaId().equals(sync.replicaId()))) {
            LOG.warning(() -> "ignored sync " + sync.messageId() + " of composition " + sync.compositionId()
                    + ": addressed to participant " + sync.participantId() + ", replica " + sync.replicaId());
            return;
        }
        boolean applied = view.apply(sync);
        LOG.fine(() -> (applied ? "applied" : "ignored (not newer)") + " sync of composition "
                + sync.compositionId() + " at revision " + sync.revision() + (sync.deleted() ? " (deleted)" : ""));
    }
}
