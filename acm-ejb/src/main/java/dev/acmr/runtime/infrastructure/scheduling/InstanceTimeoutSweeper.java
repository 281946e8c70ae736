package dev.acmr.runtime.infrastructure.scheduling;

import dev.acmr.runtime.instance.lifecycle.InstanceTimeoutService;
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
 * Detects overdue instance orders every second on every node, so a timeout shows within a second of its
 * deadline (ONAP notices only on its 120 s scan). Safe to run everywhere at once: see {@link InstanceTimeoutService}.
 */
@Singleton
@DependsOn("SchemaMigrator")
public class InstanceTimeoutSweeper {

    private static final Logger LOG = Logger.getLogger(InstanceTimeoutSweeper.class.getName());

    @Inject
    private SchemaMigrator schema;

    @Inject
    private InstanceTimeoutService timeouts;

    private boolean failing;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "instance timeout sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        if (!schema.isMigrated()) {
            return;
        }
        try {
            timeouts.expireOverdueOrders();
            if (failing) {
                failing = false;
                LOG.info("Instance timeout sweep works again");
            }
        } catch (EJBException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Instance timeout sweep failed; retrying every second", e);
            }
        }
    }
}
