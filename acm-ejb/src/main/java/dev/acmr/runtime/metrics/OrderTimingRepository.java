package dev.acmr.runtime.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * When an order was accepted, by database time: the first dispatch of an order revision is written in the transaction
 * that accepts the order (and so stamped with its time). One indexed query per settled order.
 *
 * <p>In a transaction of its own: a failing query must not mark the settling transaction for rollback (a metric
 * must never undo an order's outcome). It therefore does not see an order accepted and completed in the same
 * transaction (nothing to wait for), which is counted but not timed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OrderTimingRepository {

    // clock_timestamp(), not now(): now() is the start of the settling transaction.
    private static final String ORDER = """
            SELECT operation, EXTRACT(EPOCH FROM (clock_timestamp() - MIN(dispatched_at)))
              FROM operation_dispatch
             WHERE entity_id = CAST(?1 AS uuid)
               AND order_revision = CASE WHEN ?2 > 0 THEN ?2 ELSE
                       (SELECT MAX(order_revision) FROM operation_dispatch WHERE entity_id = CAST(?1 AS uuid)) END
             GROUP BY operation
             ORDER BY MIN(id) DESC LIMIT 1""";

    @PersistenceContext(unitName = "acm")
    private EntityManager entityManager;

    /**
     * The order at {@code orderRevision} (0: the latest dispatched one) and the seconds since it was accepted; empty
     * if that order sent nothing.
     */
    public Optional<OrderTiming> order(UUID entityId, long orderRevision) {
        List<?> rows = entityManager.createNativeQuery(ORDER).setParameter(1, entityId.toString())
                .setParameter(2, orderRevision).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new OrderTiming((String) row[0], ((Number) row[1]).doubleValue()))
                .findFirst();
    }

    /** An order's name and how long it has been running, in seconds. */
    public record OrderTiming(String order, double elapsedSeconds) {
    }
}
