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
 */
public record OrderSettled(UUID entityId, Optional<String> order, StateChangeResult result) {

    public static OrderSettled of(UUID entityId, Enum<?> order, StateChangeResult result) {
        return new OrderSettled(entityId, Optional.of(order.name()), result);
    }

    public static OrderSettled timedOut(UUID entityId) {
        return new OrderSettled(entityId, Optional.empty(), StateChangeResult.TIMEOUT);
    }
}
