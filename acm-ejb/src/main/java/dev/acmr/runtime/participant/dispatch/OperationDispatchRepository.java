package dev.acmr.runtime.participant.dispatch;

import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The record of which replica was given which operation message: the operators' log, least-in-flight's load, and
 * failover's work list. A dispatch is open until its replica's part is over (the phase or order ended, or the work
 * was dispatched again elsewhere); settling is idempotent, and readers re-check the entity under its row lock, so a
 * dispatch settled late never causes a wrong decision.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OperationDispatchRepository {

    /**
     * Not an outcome: the mark an open dispatch gets when its replica restarted (and so forgot its work), or that a
     * part waiting for a selectable replica is recorded with; it makes the dispatch failover's work like the
     * dispatches of a replica that left. Settling replaces it.
     */
    private static final String ORPHANED_MARK = "ORPHANED";

    private static final String INSERT = """
            INSERT INTO operation_dispatch
                   (entity_id, entity_kind, operation, phase, order_revision, participant_id, replica_id, dispatch_key)
            VALUES (CAST(?1 AS uuid), ?2, ?3, ?4, ?5, CAST(?6 AS uuid), CAST(?7 AS uuid), CAST(?8 AS uuid))""";

    // A part waiting for a selectable replica: open and already failover's work, its message never sent.
    private static final String INSERT_WAITING = """
            INSERT INTO operation_dispatch
                   (entity_id, entity_kind, operation, phase, order_revision, participant_id, replica_id, dispatch_key,
                    outcome)
            VALUES (CAST(?1 AS uuid), ?2, ?3, ?4, ?5, CAST(?6 AS uuid), CAST(?7 AS uuid), CAST(?8 AS uuid), '%s')"""
            .formatted(ORPHANED_MARK);

    private static final String PART_OF = """
            SELECT CAST(dispatch_key AS varchar), CAST(replica_id AS varchar), settled_at IS NULL, outcome
              FROM operation_dispatch
             WHERE entity_id = CAST(?1 AS uuid) AND participant_id = CAST(?2 AS uuid) AND order_revision = ?3""";

    private static final String SETTLE_ENTITY = """
            UPDATE operation_dispatch SET settled_at = now(), outcome = ?2
             WHERE entity_id = CAST(?1 AS uuid) AND settled_at IS NULL""";

    private static final String SETTLE_PART = """
            UPDATE operation_dispatch SET settled_at = now(), outcome = ?3
             WHERE entity_id = CAST(?1 AS uuid) AND participant_id = CAST(?2 AS uuid) AND settled_at IS NULL""";

    private static final String SETTLE_ONE = """
            UPDATE operation_dispatch SET settled_at = now(), outcome = ?2 WHERE id = ?1 AND settled_at IS NULL""";

    private static final String OPEN_OF = """
            SELECT id, CAST(entity_id AS varchar), entity_kind, operation, phase, order_revision,
                   CAST(participant_id AS varchar), CAST(replica_id AS varchar)
              FROM operation_dispatch
             WHERE entity_id = CAST(?1 AS uuid) AND participant_id = CAST(?2 AS uuid) AND settled_at IS NULL
             ORDER BY id DESC""";

    // Open dispatches whose replica left the live set (gone or OFF_LINE), or restarted.
    private static final String ORPHANED = """
            SELECT d.id, CAST(d.entity_id AS varchar), d.entity_kind, d.operation, d.phase, d.order_revision,
                   CAST(d.participant_id AS varchar), CAST(d.replica_id AS varchar)
              FROM operation_dispatch d
             WHERE d.settled_at IS NULL
               AND (d.outcome = '%s'
                    OR NOT EXISTS (SELECT 1 FROM participant_replica r
                                    WHERE r.replica_id = d.replica_id AND r.participant_state = 'ON_LINE'))
               AND d.id > ?2
             ORDER BY d.id LIMIT ?1""".formatted(ORPHANED_MARK);

    private static final String STILL_ORPHANED = """
            SELECT 1 FROM operation_dispatch d
             WHERE d.id = ?1 AND d.settled_at IS NULL
               AND (d.outcome = '%s'
                    OR NOT EXISTS (SELECT 1 FROM participant_replica r
                                    WHERE r.replica_id = d.replica_id AND r.participant_state = 'ON_LINE'))"""
            .formatted(ORPHANED_MARK);

    private static final String ORPHAN_REPLICA_WORK = """
            UPDATE operation_dispatch SET outcome = '%s'
             WHERE replica_id = CAST(?1 AS uuid) AND settled_at IS NULL""".formatted(ORPHANED_MARK);

    private static final String HISTORY = """
            SELECT id, CAST(entity_id AS varchar), entity_kind, operation, phase, order_revision,
                   CAST(participant_id AS varchar), CAST(replica_id AS varchar), outcome, dispatched_at, settled_at
              FROM operation_dispatch WHERE entity_id = CAST(?1 AS uuid) ORDER BY id DESC LIMIT ?2""";

    @PersistenceContext(unitName = "acm")
    private EntityManager entityManager;

    /** Records an open dispatch; returns its id, which the message carries and the replica's answers echo. */
    public UUID record(Dispatch dispatch, ParticipantId participant, ReplicaId replica) {
        return insert(INSERT, dispatch, participant, replica);
    }

    /**
     * Records a part that no replica may take now as open work of failover, under a live replica of the participant
     * that was sent nothing: failover gives it to the first replica that becomes selectable.
     */
    public void recordWaiting(Dispatch dispatch, ParticipantId participant, ReplicaId replica) {
        insert(INSERT_WAITING, dispatch, participant, replica);
    }

    private UUID insert(String sql, Dispatch dispatch, ParticipantId participant, ReplicaId replica) {
        UUID dispatchId = UUID.randomUUID();
        entityManager.createNativeQuery(sql)
                .setParameter(1, dispatch.entityId().toString())
                .setParameter(2, dispatch.kind().name())
                .setParameter(3, dispatch.operation())
                .setParameter(4, dispatch.phase())
                .setParameter(5, dispatch.orderRevision())
                .setParameter(6, participant.toString())
                .setParameter(7, replica.toString())
                .setParameter(8, dispatchId.toString())
                .executeUpdate();
        return dispatchId;
    }

    /** Every dispatch, open or settled, of the participant's part of the entity's order at {@code orderRevision}. */
    public List<PartDispatch> partOf(UUID entityId, ParticipantId participant, long orderRevision) {
        List<?> rows = entityManager.createNativeQuery(PART_OF)
                .setParameter(1, entityId.toString())
                .setParameter(2, participant.toString())
                .setParameter(3, orderRevision)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new PartDispatch(Optional.ofNullable((String) row[0]).map(UUID::fromString),
                        UUID.fromString((String) row[1]), Boolean.TRUE.equals(row[2]),
                        Optional.ofNullable((String) row[3])))
                .toList();
    }

    /** Settles every open dispatch of the entity with {@code outcome}. */
    public void settleAll(UUID entityId, DispatchOutcome outcome) {
        entityManager.createNativeQuery(SETTLE_ENTITY)
                .setParameter(1, entityId.toString())
                .setParameter(2, outcome.name())
                .executeUpdate();
    }

    public void settleAll(Collection<UUID> entityIds, DispatchOutcome outcome) {
        entityIds.forEach(id -> settleAll(id, outcome));
    }

    /** Settles the open dispatches of the participant's part of the entity's work. */
    public void settlePart(UUID entityId, ParticipantId participant, DispatchOutcome outcome) {
        entityManager.createNativeQuery(SETTLE_PART)
                .setParameter(1, entityId.toString())
                .setParameter(2, participant.toString())
                .setParameter(3, outcome.name())
                .executeUpdate();
    }

    /** Settles one dispatch; false if it was settled already (by another node, say). */
    public boolean settle(long dispatchId, DispatchOutcome outcome) {
        return entityManager.createNativeQuery(SETTLE_ONE)
                .setParameter(1, dispatchId)
                .setParameter(2, outcome.name())
                .executeUpdate() > 0;
    }

    /** The open dispatch of the participant's part of the entity's running work, newest first. */
    public Optional<OpenDispatch> openOf(UUID entityId, ParticipantId participant) {
        List<?> rows = entityManager.createNativeQuery(OPEN_OF)
                .setParameter(1, entityId.toString())
                .setParameter(2, participant.toString())
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(OpenDispatch::of).findFirst();
    }

    /** At most {@code limit} open dispatches whose replica has gone or restarted, after {@code afterId}, oldest first. */
    public List<OpenDispatch> findOrphaned(long afterId, int limit) {
        List<?> rows = entityManager.createNativeQuery(ORPHANED).setParameter(1, limit).setParameter(2, afterId)
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(OpenDispatch::of).toList();
    }

    /** Whether the dispatch is still open and its replica still gone or restarted; read under the entity's lock. */
    public boolean isStillOrphaned(long dispatchId) {
        return !entityManager.createNativeQuery(STILL_ORPHANED).setParameter(1, dispatchId).getResultList().isEmpty();
    }

    /** A restarted replica forgot what it was running: its open dispatches become failover's work. */
    public int orphanWorkOf(ReplicaId replica) {
        return entityManager.createNativeQuery(ORPHAN_REPLICA_WORK).setParameter(1, replica.toString())
                .executeUpdate();
    }

    /** The entity's dispatches, newest first. */
    public List<DispatchLogEntry> historyOf(UUID entityId, int limit) {
        List<?> rows = entityManager.createNativeQuery(HISTORY)
                .setParameter(1, entityId.toString())
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(OperationDispatchRepository::logEntry).toList();
    }

    // Columns: those of OpenDispatch.of, then outcome, dispatched_at, settled_at.
    private static DispatchLogEntry logEntry(Object[] row) {
        OpenDispatch dispatch = OpenDispatch.of(row);
        return new DispatchLogEntry(dispatch.dispatch(), dispatch.participant(), dispatch.replica(),
                toInstant(row[9]), Optional.ofNullable(row[10]).map(OperationDispatchRepository::toInstant),
                Optional.ofNullable((String) row[8]));
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
