package dev.acmr.runtime.participant.repository;

import dev.acmr.runtime.participant.domain.ElementType;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * What operations need to know about participants at the moment they dispatch: who runs an element type, which of
 * its replicas are live, and a ticket for choosing among them. A replica is live while its row exists; the liveness
 * sweep deletes the silent ones.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LiveReplicaRepository {

    private static final String PARTICIPANTS_SUPPORTING = """
            SELECT CAST(t.participant_id AS varchar)
              FROM participant_supported_element_type t
             WHERE t.type_name = ?1 AND t.type_version = ?2
             ORDER BY EXISTS (SELECT 1 FROM participant_replica r WHERE r.participant_id = t.participant_id) DESC,
                      t.participant_id""";

    private static final String LIVE_REPLICAS = """
            SELECT CAST(replica_id AS varchar) FROM participant_replica
             WHERE participant_id = CAST(?1 AS uuid) AND participant_state = 'ON_LINE'
             ORDER BY replica_id""";

    // One counter per participant, shared by every runtime node: the database serialises the increments.
    private static final String NEXT_TICKET = """
            UPDATE participant SET selection_counter = selection_counter + 1
             WHERE participant_id = CAST(?1 AS uuid)
            RETURNING selection_counter""";

    private static final String RECORD_DISPATCH = """
            INSERT INTO operation_dispatch (entity_id, operation, participant_id, replica_id)
            VALUES (CAST(?1 AS uuid), ?2, CAST(?3 AS uuid), CAST(?4 AS uuid))""";

    @PersistenceContext(unitName = "acm")
    private EntityManager entityManager;

    /** Participants that registered the type, those with a live replica first. */
    public List<ParticipantId> participantsSupporting(ElementType type) {
        List<?> rows = entityManager.createNativeQuery(PARTICIPANTS_SUPPORTING)
                .setParameter(1, type.name())
                .setParameter(2, type.version())
                .getResultList();
        return rows.stream().map(id -> new ParticipantId(UUID.fromString((String) id))).toList();
    }

    /** The live replicas of a participant, in a stable order. */
    public List<ReplicaId> liveReplicas(ParticipantId participant) {
        List<?> rows = entityManager.createNativeQuery(LIVE_REPLICAS)
                .setParameter(1, participant.toString())
                .getResultList();
        return rows.stream().map(id -> new ReplicaId(UUID.fromString((String) id))).toList();
    }

    /** The next value of the participant's selection counter; each call returns a new one, cluster-wide. */
    public long nextSelectionTicket(ParticipantId participant) {
        Object value = entityManager.createNativeQuery(NEXT_TICKET)
                .setParameter(1, participant.toString())
                .getSingleResult();
        return ((Number) value).longValue();
    }

    /** Records which replica was given which operation on which entity, for the operators and for failover. */
    public void recordDispatch(UUID entityId, String operation, ParticipantId participant, ReplicaId replica) {
        entityManager.createNativeQuery(RECORD_DISPATCH)
                .setParameter(1, entityId.toString())
                .setParameter(2, operation)
                .setParameter(3, participant.toString())
                .setParameter(4, replica.toString())
                .executeUpdate();
    }
}
