package dev.acmr.runtime.infrastructure.scheduling;

import dev.acmr.runtime.composition.priming.PrimeTimeoutService;
import dev.acmr.runtime.infrastructure.persistence.SchemaMigrator;
import dev.acmr.runtime.instance.lifecycle.InstanceTimeoutService;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Detects overdue prime/deprime and instance orders every second on every node, so a timeout shows within a second
 * of its deadline (ONAP notices only on its 120 s scan). Safe to run everywhere at once: each sweep is one
 * conditional UPDATE judged by database time (see {@link PrimeTimeoutService} and {@link InstanceTimeoutService}),
 * and each runs in its own transaction, so one failing does not hold up the other.
 */
@Singleton
@DependsOn("SchemaMigrator")
public class OperationTimeoutSweeper {

    private static final Logger LOG = Logger.getLogger(OperationTimeoutSweeper.class.getName());

    @Inject
    private SchemaMigrator schema;

    @Inject
    private PrimeTimeoutService primeTimeouts;

    @Inject
    private InstanceTimeoutService instanceTimeouts;

    private final Set<String> failing = new HashSet<>();

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "operation timeout sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        if (!schema.isMigrated()) {
            return;
        }
        run("prime timeout sweep", primeTimeouts::expireOverdueOrders);
        run("instance timeout sweep", instanceTimeouts::expireOverdueOrders);
    }

    // A database outage is logged once per sweep, not every second, and its end once.
    private void run(String name, Runnable sweep) {
        try {
            sweep.run();
            if (failing.remove(name)) {
                LOG.info(() -> name + " works again");
            }
        } catch (EJBException e) {
            if (failing.add(name)) {
                LOG.log(Level.WARNING, name + " failed; retrying every second", e);
            }
        }
    }
}
