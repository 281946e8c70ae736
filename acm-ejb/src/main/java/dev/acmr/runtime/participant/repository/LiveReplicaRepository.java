package dev.acmr.runtime.participant.repository;

import dev.acmr.runtime.participant.domain.ElementType;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What operations need to know about participants at the moment they dispatch: who runs an element type, which of
 * its replicas are live and which of those may be selected, their load, and a ticket for choosing among them. A
 * replica is live while its row is ON_LINE (the liveness sweep marks the silent ones OFF_LINE); it is selectable once it
 * confirmed its full sync, unless an operator drained it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LiveReplicaRepository {

    private static final String PARTICIPANTS_SUPPORTING = """
            SELECT CAST(t.participant_id AS varchar)
              FROM participant_supported_element_type t
             WHERE t.type_name = ?1 AND t.type_version = ?2
             ORDER BY EXISTS (SELECT 1 FROM participant_replica r
                               WHERE r.participant_id = t.participant_id AND r.participant_state = 'ON_LINE') DESC,
                      t.participant_id""";

    private static final String LIVE_REPLICAS = """
            SELECT CAST(r.replica_id AS varchar),
                   r.sync_id IS NULL AND NOT EXISTS (SELECT 1 FROM replica_drain d WHERE d.replica_id = r.replica_id)
              FROM participant_replica r
             WHERE r.participant_id = CAST(?1 AS uuid) AND r.participant_state = 'ON_LINE'
             ORDER BY r.replica_id""";

    private static final String IN_FLIGHT = """
            SELECT CAST(replica_id AS varchar), COUNT(*) FROM operation_dispatch
             WHERE participant_id = CAST(?1 AS uuid) AND settled_at IS NULL
             GROUP BY replica_id""";

    private static final String DRAIN = """
            INSERT INTO replica_drain (replica_id, participant_id) VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid))
            ON CONFLICT (replica_id) DO NOTHING""";

    private static final String UNDRAIN = """
            DELETE FROM replica_drain WHERE replica_id = CAST(?1 AS uuid) AND participant_id = CAST(?2 AS uuid)""";

    private static final String DRAINED = """
            SELECT CAST(replica_id AS varchar) FROM replica_drain WHERE participant_id = CAST(?1 AS uuid)""";

    // One sequence shared by every runtime node and participant: nextval never waits for another transaction.
    private static final String NEXT_TICKET = "SELECT nextval('replica_selection_ticket')";

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

    /** The live replicas of a participant, in a stable order, each saying whether it may be selected. */
    public List<LiveReplica> liveReplicas(ParticipantId participant) {
        List<?> rows = entityManager.createNativeQuery(LIVE_REPLICAS)
                .setParameter(1, participant.toString())
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new LiveReplica(new ReplicaId(UUID.fromString((String) row[0])), (Boolean) row[1]))
                .toList();
    }

    /** Open dispatches per replica of the participant; a replica with none is absent. */
    public Map<ReplicaId, Long> inFlight(ParticipantId participant) {
        List<?> rows = entityManager.createNativeQuery(IN_FLIGHT).setParameter(1, participant.toString())
                .getResultList();
        Map<ReplicaId, Long> load = new HashMap<>();
        rows.stream().map(Object[].class::cast).forEach(row -> load.put(
                new ReplicaId(UUID.fromString((String) row[0])), ((Number) row[1]).longValue()));
        return load;
    }

    /** Takes the replica out of selection until {@link #undrain}; true if it was not drained before. */
    public boolean drain(ParticipantId participant, ReplicaId replica) {
        return bind(DRAIN, participant, replica).executeUpdate() > 0;
    }

    /** Puts a drained replica back into selection; true if it was drained. */
    public boolean undrain(ParticipantId participant, ReplicaId replica) {
        return bind(UNDRAIN, participant, replica).executeUpdate() > 0;
    }

    public Set<ReplicaId> drained(ParticipantId participant) {
        List<?> rows = entityManager.createNativeQuery(DRAINED).setParameter(1, participant.toString())
                .getResultList();
        return rows.stream().map(id -> new ReplicaId(UUID.fromString((String) id))).collect(Collectors.toSet());
    }

    /**
     * A new selection ticket, cluster-wide, without waiting for any other transaction. Tickets are shared by all
     * participants; the participant is named for strategies that may one day keep one rotation each.
     */
    public long nextSelectionTicket(ParticipantId participant) {
        Object value = entityManager.createNativeQuery(NEXT_TICKET).getSingleResult();
        return ((Number) value).longValue();
    }

    private Query bind(String sql, ParticipantId participant, ReplicaId replica) {
        return entityManager.createNativeQuery(sql)
                .setParameter(1, replica.toString())
                .setParameter(2, participant.toString());
    }
}
