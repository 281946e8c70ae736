package dev.acmr.runtime.composition.priming;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.metrics.OrderSettled;
import dev.acmr.runtime.participant.dispatch.DispatchOutcome;
import dev.acmr.runtime.participant.dispatch.OperationDispatchRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Marks TIMEOUT the prime and deprime orders whose deadline passed. One conditional UPDATE judged by database time:
 * every node may run it every second, and each expiry is recorded once. The state stays transitional (ONAP), so the
 * user may retry, and a late success still completes the order.
 */
@Stateless
public class PrimeTimeoutService {

    private static final Logger LOG = Logger.getLogger(PrimeTimeoutService.class.getName());

    @Inject
    private CompositionRepository compositions;

    @Inject
    private OperationDispatchRepository dispatches;

    @Inject
    private Event<OrderSettled> settled;

    public void expireOverdueOrders() {
        List<CompositionId> expired = compositions.markOverdueOrdersTimedOut();
        expired.forEach(id -> LOG.warning(() -> "Prime/deprime of composition " + id + " timed out"));
        expired.forEach(id -> settled.fire(OrderSettled.timedOut(id.value())));
        dispatches.settleAll(expired.stream().map(CompositionId::value).toList(), DispatchOutcome.TIMEOUT);
    }
}
