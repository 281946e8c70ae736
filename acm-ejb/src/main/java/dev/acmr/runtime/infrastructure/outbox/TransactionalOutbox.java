package dev.acmr.runtime.infrastructure.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Publishes only what committed, without a distributed transaction: a message is stored in the outbox table by the
 * transaction that decided it (one database, one local commit), and handed to the {@link OutboxRelay} once that
 * transaction committed. If the node stops in between, the row stays and {@link OutboxSweep} publishes it later.
 */
@ApplicationScoped
public class TransactionalOutbox {

    private static final Object PENDING = TransactionalOutbox.class.getName() + ".pending";

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private MessageOutbox outbox;

    @Inject
    private OutboxRelay relay;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(OutgoingMessage message) {
        outbox.store(message);
        pending().add(message);
    }

    /** Publishes a message already in the outbox (claimed by a sweep) once the caller's transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterCommit(OutgoingMessage stored) {
        pending().add(stored);
    }

    private PendingPublication pending() {
        Object known = transaction.getResource(PENDING);
        if (known instanceof PendingPublication pending) {
            return pending;
        }
        PendingPublication pending = new PendingPublication(relay::publish);
        transaction.putResource(PENDING, pending);
        transaction.registerInterposedSynchronization(pending);
        return pending;
    }
}
