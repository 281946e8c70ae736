package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.runtime.instance.repository.InstanceRepository;
import dev.acmr.runtime.metrics.OrderSettled;
import dev.acmr.runtime.participant.dispatch.DispatchOutcome;
import dev.acmr.runtime.participant.dispatch.OperationDispatchRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Marks TIMEOUT the instance orders whose deadline passed, with one conditional UPDATE judged by database time, as
 * for prime orders: every node may run it every second, and each expiry is recorded once. The states stay
 * transitional, so the user may retry, and a late success still completes the order.
 */
@Stateless
public class InstanceTimeoutService {

    private static final Logger LOG = Logger.getLogger(InstanceTimeoutService.class.getName());

    @Inject
    private InstanceRepository instances;

    @Inject
    private OperationDispatchRepository dispatches;

    @Inject
    private Event<OrderSettled> settled;

    public void expireOverdueOrders() {
        List<UUID> expired = instances.markOverdueOrdersTimedOut();
        expired.forEach(id -> LOG.warning(() -> "Order on instance " + id + " timed out"));
        expired.forEach(id -> settled.fire(OrderSettled.timedOut(id)));
        dispatches.settleAll(expired, DispatchOutcome.TIMEOUT);
    }
}
