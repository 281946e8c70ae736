package dev.acmr.participant.adapter.session;

import dev.acmr.messages.InstanceOperation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The instance orders this replica took, so that one delivered twice never calls the listener twice, as
 * {@link HandledPrimes} for compositions. An order is identified by instance, operation, revision, start phase and
 * dispatch: the runtime sends one order per phase of the same revision, a new order gets a new revision, and work
 * moved back to this replica by a later failover comes as a new dispatch of the same revision and phase, which must
 * run again (the earlier answer of this replica was fenced off when the work moved away).
 */
final class HandledInstanceOrders {

    static final int CAPACITY = 1024;

    private record Order(UUID instanceId, InstanceOperation operation, long revision, int startPhase,
            UUID dispatchId) {
    }

    private final Set<Order> taken;

    HandledInstanceOrders(int capacity) {
        taken = Collections.newSetFromMap(new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Order, Boolean> eldest) {
                return size() > capacity;
            }
        });
    }

    /** True the first time this order is seen (and records it), false for a repeat. */
    synchronized boolean take(UUID instanceId, InstanceOperation operation, long revision, int startPhase,
            UUID dispatchId) {
        return taken.add(new Order(instanceId, operation, revision, startPhase, dispatchId));
    }
}
