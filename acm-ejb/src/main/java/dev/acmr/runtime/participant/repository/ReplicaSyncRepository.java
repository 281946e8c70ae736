package dev.acmr.runtime.participant.repository;

import dev.acmr.runtime.participant.domain.ReplicaAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The full syncs pending on replicas, in their rows of participant_replica: marked when sent, confirmed by a status
 * ({@link ParticipantRepository#touchReplica}), claimed by one node when overdue. As {@link ParticipantRepository}'s
 * statements, these let the database decide between nodes and use its clock.
 *
 * <p>Every method runs in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReplicaSyncRepository {

    // A pending full sync keeps its id when it is sent again: the replica confirms whichever copy it completes first,
    // and a copy still on its way when the next is sent cannot leave the replica unconfirmed for ever.
    private static final String MARK_SYNC_PENDING = """
            UPDATE participant_replica
               SET sync_id = COALESCE(sync_id, CAST(?3 AS uuid)), sync_sent_at = now(),
                   sync_due_at = clock_timestamp() + CAST(?4 AS double precision) * interval '1 millisecond'
             WHERE replica_id = CAST(?1 AS uuid) AND participant_id = CAST(?2 AS uuid)
            RETURNING CAST(sync_id AS varchar)""";

    private static final String SYNC_DUE_IN = """
            UPDATE participant_replica
               SET sync_due_at = clock_timestamp() + CAST(?4 AS double precision) * interval '1 millisecond'
             WHERE replica_id = CAST(?1 AS uuid) AND participant_id = CAST(?2 AS uuid)
               AND sync_id = CAST(?3 AS uuid)""";

    // Claims the overdue full syncs for this node: the update locks each row, and a node claiming at the same time
    // finds it due later once the lock is released (PostgreSQL checks the condition again), so one node resends.
    private static final String CLAIM_OVERDUE_SYNCS = """
            UPDATE participant_replica
               SET sync_sent_at = now(),
                   sync_due_at = clock_timestamp() + CAST(?1 AS double precision) * interval '1 millisecond'
             WHERE sync_id IS NOT NULL AND participant_state = 'ON_LINE'
               AND COALESCE(sync_due_at, sync_sent_at + CAST(?1 AS double precision) * interval '1 millisecond') < now()
            RETURNING CAST(participant_id AS varchar), CAST(replica_id AS varchar), CAST(sync_id AS varchar)""";

    @PersistenceContext(unitName = "acm")
    private EntityManager entityManager;

    /**
     * The replica is sent a full sync and is not selectable until it confirms it, due within {@code patience} for
     * now ({@link #syncDueIn} sets it from the size once known).
     *
     * @param syncId the id of the full sync, unless one is already pending: then that one's id is kept
     * @return the id the full sync is sent under; empty if the runtime does not know the replica
     */
    public Optional<UUID> markSyncPending(ReplicaAddress replica, UUID syncId, Duration patience) {
        List<?> rows = ParticipantRepository.bindAddress(entityManager, MARK_SYNC_PENDING, replica)
                .setParameter(3, syncId.toString())
                .setParameter(4, patience.toMillis())
                .getResultList();
        return rows.stream().map(row -> UUID.fromString(String.valueOf(row))).findFirst();
    }

    /** The pending full sync {@code syncId} counts as lost if not confirmed within {@code patience} from now. */
    public void syncDueIn(ReplicaAddress replica, UUID syncId, Duration patience) {
        ParticipantRepository.bindAddress(entityManager, SYNC_DUE_IN, replica)
                .setParameter(3, syncId.toString())
                .setParameter(4, patience.toMillis())
                .executeUpdate();
    }

    /**
     * The full syncs past their due time, claimed by this node: each is due again in {@code patience} (until the
     * resend sets it from its size), so that no other node sends it too.
     */
    public List<PendingSync> claimOverdueSyncs(Duration patience) {
        List<?> rows = entityManager.createNativeQuery(CLAIM_OVERDUE_SYNCS)
                .setParameter(1, patience.toMillis())
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new PendingSync(ParticipantRepository.toAddress(row), UUID.fromString((String) row[2])))
                .toList();
    }
}
