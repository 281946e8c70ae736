package dev.acmr.runtime.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The small queries behind the database-backed gauges. Run by the {@link MetricsSampler} on the supervision timer's
 * thread (the application's context, a transaction of their own), never by a scrape.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class GaugeQueries {

    // Served by the partial index on open dispatches (ix_operation_dispatch_open).
    private static final String IN_FLIGHT = "SELECT COUNT(*) FROM operation_dispatch WHERE settled_at IS NULL";

    // Sessions on the runtime's database by state (active, idle, idle in transaction, ...), from every node.
    private static final String CONNECTIONS = """
            SELECT COALESCE(state, 'unknown'), COUNT(*) FROM pg_stat_activity
             WHERE datname = current_database() AND backend_type = 'client backend'
             GROUP BY 1""";

    @PersistenceContext(unitName = "acm")
    private EntityManager entityManager;

    /** Open dispatches: operation messages whose replica still owes its answer, over the whole runtime. */
    public long inFlightDispatches() {
        return ((Number) entityManager.createNativeQuery(IN_FLIGHT).getSingleResult()).longValue();
    }

    /** Connections to the runtime's database by session state, over every node. */
    public Map<String, Long> connectionsByState() {
        Map<String, Long> byState = new TreeMap<>();
        List<?> rows = entityManager.createNativeQuery(CONNECTIONS).getResultList();
        rows.stream().map(Object[].class::cast)
                .forEach(row -> byState.put(row[0].toString(), ((Number) row[1]).longValue()));
        return byState;
    }
}
