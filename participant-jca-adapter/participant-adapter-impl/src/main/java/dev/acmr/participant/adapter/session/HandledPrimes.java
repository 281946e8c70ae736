package dev.acmr.participant.adapter.session;

import dev.acmr.messages.PrimeOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The prime and deprime orders this replica took, so that one delivered twice (a broker redelivery, a runtime node
 * that resent it) never calls the listener twice, neither while the first call runs nor after it was acknowledged.
 *
 * <p>An order is identified by composition, order, revision and dispatch: the runtime gives each new order a new
 * revision, so a real re-prime is never mistaken for a repeat, and work moved back to this replica by a later
 * failover comes as a new dispatch, which runs again. Bounded, oldest forgotten first: a repeat comes within seconds,
 * and a participant does not take this many orders in that time.
 */
final class HandledPrimes {

    static final int CAPACITY = 1024;

    private record Order(UUID compositionId, PrimeOrder order, long revision, UUID dispatchId) {
    }

    private final Set<Order> taken;

    HandledPrimes(int capacity) {
        taken = Collections.newSetFromMap(new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Order, Boolean> eldest) {
                return size() > capacity;
            }
        });
    }

    /** True the first time this order is seen (and records it), false for a repeat. */
    synchronized boolean take(UUID compositionId, PrimeOrder order, long revision, UUID dispatchId) {
        return taken.add(new Order(compositionId, order, revision, dispatchId));
    }
}
