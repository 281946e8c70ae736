package dev.acmr.runtime.participant.repository;

import dev.acmr.messages.SyncSnapshot;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * The database's order of transactions, which replicas compare what they hold with: the id of the transaction
 * that sends a sync, and the snapshot a full sync reads under. Commit order is the only order both runtime nodes
 * share; clocks and per-entity revisions do not tell whether a sync of another node was committed before or after a
 * full sync's read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TransactionStamps {

    private static final Object CURRENT = TransactionStamps.class.getName() + ".current";

    @PersistenceContext(unitName = "acm")
    private EntityManager entityManager;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /** The id of the caller's database transaction (assigned now if it has none yet); read once per transaction. */
    public long currentTransaction() {
        Object known = transaction.getResource(CURRENT);
        if (known instanceof Long id) {
            return id;
        }
        long id = ((Number) entityManager.createNativeQuery("SELECT txid_current()").getSingleResult()).longValue();
        transaction.putResource(CURRENT, id);
        return id;
    }

    /**
     * What the caller's next reads can see at least (under READ COMMITTED each statement sees at least as much):
     * taken before a full sync reads what it lists, so that nothing the listing saw counts as unseen.
     */
    public SyncSnapshot snapshot() {
        return SyncSnapshot.parse(String.valueOf(entityManager
                .createNativeQuery("SELECT CAST(txid_current_snapshot() AS varchar)").getSingleResult()));
    }
}
