package dev.acmr.runtime.metrics;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import java.util.Optional;
import java.util.UUID;

/**
 * A CDI event services fire, in the transaction that decides it, when an order on a composition (PRIME, DEPRIME) or
 * an instance (DEPLOY, UNDEPLOY, LOCK, ...) settles: it completed ({@code NO_ERROR}), a participant reported it
 * FAILED (once per order), or its deadline passed ({@code TIMEOUT}). Counted only if that transaction commits.
 *
 * @param entityId the composition or instance
 * @param order the order's name; empty when the service does not know it (a timeout sweep), then the order's dispatch
 *        record names it
 * @param orderRevision the entity's revision when the order started, which its dispatch records carry; 0 when
 *        unknown (the latest dispatched order is taken)
 */
public record OrderSettled(UUID entityId, Optional<String> order, long orderRevision, StateChangeResult result) {

    public static OrderSettled of(UUID entityId, Enum<?> order, long orderRevision, StateChangeResult result) {
        return new OrderSettled(entityId, Optional.of(order.name()), orderRevision, result);
    }

    public static OrderSettled timedOut(UUID entityId) {
        return new OrderSettled(entityId, Optional.empty(), 0, StateChangeResult.TIMEOUT);
    }
}
