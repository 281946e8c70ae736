package dev.acmr.runtime.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs a recording once the current transaction commits, so that a settle rolled back (and retried by a redelivery)
 * is counted once; outside a transaction it runs at once.
 */
@ApplicationScoped
public class AfterCommit {

    @Resource
    private TransactionSynchronizationRegistry transactions;

    public AfterCommit() {
    }

    AfterCommit(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    public void run(Runnable recording) {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            recording.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    recording.run();
                }
            }
        });
    }
}
