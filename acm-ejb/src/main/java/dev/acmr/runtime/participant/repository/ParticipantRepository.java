package dev.acmr.runtime.participant.repository;

import dev.acmr.runtime.participant.domain.ElementType;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import dev.acmr.runtime.participant.domain.ReplicaId;
import dev.acmr.runtime.participant.domain.SupportedElementTypeId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of participants and their replicas in PostgreSQL: the writes and the liveness queries of supervision.
 * Reading participants whole for the operators' views is {@link ParticipantReadRepository}'s.
 *
 * <p>Writes are native {@code INSERT ... ON CONFLICT} and conditional {@code UPDATE}/{@code DELETE} statements: two
 * runtime nodes may handle messages about the same participant at the same instant, and these statements let the
 * database decide the outcome instead of a read-then-write race. Times are the database's {@code now()}, never a
 * node's clock, so that nodes with drifting clocks agree on liveness. Ids are bound as text and cast in SQL, which
 * does not depend on how the JPA provider binds {@link UUID}.
 *
 * The bookkeeping of full syncs is {@link ReplicaSyncRepository}'s.
 *
 * <p>Every method runs in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ParticipantRepository {

    private static final String INSERT_PARTICIPANT = """
            INSERT INTO participant (participant_id) VALUES (CAST(?1 AS uuid))
            ON CONFLICT (participant_id) DO NOTHING""";

    private static final String INSERT_SUPPORTED_TYPE = """
            INSERT INTO participant_supported_element_type (id, participant_id, type_name, type_version)
            VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), ?3, ?4)
            ON CONFLICT (id) DO NOTHING""";

    // GREATEST: a transaction that started earlier but commits later must not move last_msg back.
    private static final String UPSERT_LIVE_REPLICA = """
            INSERT INTO participant_replica
                   (replica_id, participant_id, participant_state, registered_at, last_msg, incarnation)
            VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), 'ON_LINE', now(), now(), CAST(?3 AS uuid))
            ON CONFLICT (replica_id) DO UPDATE
               SET last_msg = GREATEST(participant_replica.last_msg, now()),
                   participant_state = 'ON_LINE',
                   incarnation = EXCLUDED.incarnation,
                   version = participant_replica.version + 1
             WHERE participant_replica.participant_id = EXCLUDED.participant_id""";

    // Locks the row, so that two nodes handling registers of one replica judge restarts one after the other.
    private static final String KNOWN_FOR_UPDATE = """
            SELECT CAST(incarnation AS varchar),
                   sync_id IS NOT NULL AND (sync_sent_at > now() - CAST(?3 AS double precision) * interval '1 millisecond'
                                            OR sync_due_at > now())
              FROM participant_replica
             WHERE replica_id = CAST(?1 AS uuid) AND participant_id = CAST(?2 AS uuid) FOR UPDATE""";

    // A status naming the pending full sync confirms it: the replica becomes selectable in the same statement.
    private static final String TOUCH_REPLICA = """
            UPDATE participant_replica
               SET last_msg = GREATEST(last_msg, now()), version = version + 1,
                   held_count = ?3, held_revision = ?4,
                   sync_id = CASE WHEN sync_id = CAST(?5 AS uuid) THEN NULL ELSE sync_id END
             WHERE replica_id = CAST(?1 AS uuid) AND participant_id = CAST(?2 AS uuid)
               AND participant_state = 'ON_LINE'""";

    private static final String FIND_LIVE_REPLICAS = """
            SELECT CAST(participant_id AS varchar), CAST(replica_id AS varchar) FROM participant_replica
             WHERE participant_id = CAST(?1 AS uuid) AND participant_state = 'ON_LINE' ORDER BY replica_id""";

    private static final String FIND_ALL_LIVE_REPLICAS = """
            SELECT CAST(participant_id AS varchar), CAST(replica_id AS varchar) FROM participant_replica
             WHERE participant_state = 'ON_LINE' ORDER BY participant_id, replica_id""";

    private static final String DELETE_REPLICA = """
            DELETE FROM participant_replica
             WHERE replica_id = CAST(?1 AS uuid) AND participant_id = CAST(?2 AS uuid)""";

    private static final String FIND_SILENT_REPLICAS = """
            SELECT CAST(participant_id AS varchar), CAST(replica_id AS varchar)
              FROM participant_replica
             WHERE participant_state = 'ON_LINE'
               AND last_msg < now() - CAST(?1 AS double precision) * interval '1 millisecond'
             ORDER BY last_msg""";

    // The condition is checked again when marking: the replica may have spoken since it was found silent. The row
    // stays, OFF_LINE, with its identity and incarnation: a restart is still recognised when the replica registers.
    private static final String MARK_OFF_LINE_IF_SILENT = """
            UPDATE participant_replica SET participant_state = 'OFF_LINE', version = version + 1
             WHERE replica_id = CAST(?1 AS uuid) AND participant_state = 'ON_LINE'
               AND last_msg < now() - CAST(?2 AS double precision) * interval '1 millisecond'""";

    // Replicas OFF_LINE for longer than the retention go for good; an OFF_LINE replica that spoke is ON_LINE again.
    private static final String PURGE_OFF_LINE = """
            DELETE FROM participant_replica
             WHERE participant_state = 'OFF_LINE'
               AND last_msg < now() - CAST(?1 AS double precision) * interval '1 millisecond'""";

    private static final String NONE = "00000000-0000-0000-0000-000000000000";

    @PersistenceContext(unitName = "acm")
    private EntityManager entityManager;

    public void insertIfAbsent(ParticipantId participantId) {
        entityManager.createNativeQuery(INSERT_PARTICIPANT)
                .setParameter(1, participantId.toString())
                .executeUpdate();
    }

    /**
     * Adds the types not yet recorded. Inserted in id order, so that two transactions adding the same new types lock
     * the same rows in the same order and cannot deadlock.
     */
    public void insertSupportedTypesIfAbsent(ParticipantId participantId, Collection<ElementType> types) {
        types.stream()
                .distinct()
                .sorted(Comparator.comparing(type -> SupportedElementTypeId.of(participantId, type).toString()))
                .forEach(type -> entityManager.createNativeQuery(INSERT_SUPPORTED_TYPE)
                        .setParameter(1, SupportedElementTypeId.of(participantId, type).toString())
                        .setParameter(2, participantId.toString())
                        .setParameter(3, type.name())
                        .setParameter(4, type.version())
                        .executeUpdate());
    }

    /**
     * Stores the replica as live now, running as {@code incarnation}; registered_at is kept if it was already there.
     *
     * @param recent how recent a full sync sent to the replica counts as still in progress
     * @return what the runtime knew of the replica before
     */
    public KnownReplica upsertLiveReplica(ReplicaAddress replica, UUID incarnation, Duration recent) {
        List<?> rows = bindAddress(KNOWN_FOR_UPDATE, replica).setParameter(3, recent.toMillis()).getResultList();
        bindAddress(UPSERT_LIVE_REPLICA, replica).setParameter(3, text(incarnation)).executeUpdate();
        return rows.stream().map(Object[].class::cast).findFirst()
                .map(row -> new KnownReplica(Optional.ofNullable((String) row[0]).filter(value -> !NONE.equals(value))
                        .map(UUID::fromString), Boolean.TRUE.equals(row[1])))
                .orElse(KnownReplica.UNKNOWN);
    }

    /**
     * Refreshes a live replica's last message time and what it holds, and confirms the pending full sync if the
     * replica names it; false if the runtime does not know the replica or holds it OFF_LINE (it is then stored
     * again, and synchronised, as a replica that comes back).
     */
    public boolean touchReplica(ReplicaAddress replica, ReplicaHoldings holdings) {
        return bindAddress(TOUCH_REPLICA, replica)
                .setParameter(3, holdings.count())
                .setParameter(4, holdings.revisionSum())
                .setParameter(5, text(holdings.syncedId().orElse(null)))
                .executeUpdate() > 0;
    }

    /** The live replicas of one participant. */
    public List<ReplicaAddress> findLiveReplicas(ParticipantId participant) {
        return addresses(entityManager.createNativeQuery(FIND_LIVE_REPLICAS).setParameter(1, participant.toString()));
    }

    /** Every live replica. */
    public List<ReplicaAddress> findLiveReplicas() {
        return addresses(entityManager.createNativeQuery(FIND_ALL_LIVE_REPLICAS));
    }

    /** Removes a replica; false if it was already gone. */
    public boolean deleteReplica(ReplicaAddress replica) {
        return bindAddress(DELETE_REPLICA, replica).executeUpdate() > 0;
    }

    /** Live replicas silent for longer than {@code window}, by database time. */
    public List<ReplicaAddress> findSilentReplicas(Duration window) {
        return addresses(entityManager.createNativeQuery(FIND_SILENT_REPLICAS).setParameter(1, window.toMillis()));
    }

    /**
     * Takes the replica out of the live set (OFF_LINE) if it is still silent; false if it spoke meanwhile or another
     * node did it first.
     */
    public boolean markOffLineIfStillSilent(ReplicaId replicaId, Duration window) {
        return entityManager.createNativeQuery(MARK_OFF_LINE_IF_SILENT)
                .setParameter(1, replicaId.toString())
                .setParameter(2, window.toMillis())
                .executeUpdate() > 0;
    }

    /** Deletes the replicas OFF_LINE and silent for longer than {@code silence}; returns how many. */
    public int purgeOffLine(Duration silence) {
        return entityManager.createNativeQuery(PURGE_OFF_LINE).setParameter(1, silence.toMillis()).executeUpdate();
    }

    private Query bindAddress(String sql, ReplicaAddress replica) {
        return bindAddress(entityManager, sql, replica);
    }

    // Shared with ReplicaSyncRepository, which addresses the same rows.
    static Query bindAddress(EntityManager entityManager, String sql, ReplicaAddress replica) {
        return entityManager.createNativeQuery(sql)
                .setParameter(1, replica.replicaId().toString())
                .setParameter(2, replica.participantId().toString());
    }

    private static List<ReplicaAddress> addresses(Query query) {
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast).map(ParticipantRepository::toAddress).toList();
    }

    // Never bound as null: a null parameter's type is unknown to PostgreSQL. No replica or sync has this id.
    private static String text(UUID id) {
        return id == null ? NONE : id.toString();
    }

    static ReplicaAddress toAddress(Object[] row) {
        return new ReplicaAddress(new ParticipantId(UUID.fromString((String) row[0])),
                new ReplicaId(UUID.fromString((String) row[1])));
    }
}
