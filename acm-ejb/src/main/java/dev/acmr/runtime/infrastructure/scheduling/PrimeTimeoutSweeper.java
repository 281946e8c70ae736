package dev.acmr.runtime.infrastructure.scheduling;

import dev.acmr.runtime.composition.priming.PrimeTimeoutService;
import dev.acmr.runtime.infrastructure.persistence.SchemaMigrator;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Detects overdue prime and deprime orders every second on every node, so a timeout shows within a second of its
 * deadline (ONAP notices only on its 120 s scan). Safe to run everywhere at once: see {@link PrimeTimeoutService}.
 */
@Singleton
@DependsOn("SchemaMigrator")
public class PrimeTimeoutSweeper {

    private static final Logger LOG = Logger.getLogger(PrimeTimeoutSweeper.class.getName());

    @Inject
    private SchemaMigrator schema;

    @Inject
    private PrimeTimeoutService timeouts;

    private boolean failing;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "prime timeout sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        if (!schema.isMigrated()) {
            return;
        }
        try {
            timeouts.expireOverdueOrders();
            if (failing) {
                failing = false;
                LOG.info("Prime timeout sweep works again");
            }
        } catch (EJBException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Prime timeout sweep failed; retrying every second", e);
            }
        }
    }
}
