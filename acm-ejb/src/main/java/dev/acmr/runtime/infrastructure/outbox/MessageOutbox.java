package dev.acmr.runtime.infrastructure.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The outbox table: rows written with the transaction that decided them, removed once published. */
@ApplicationScoped
public class MessageOutbox {

    private static final String INSERT = """
            INSERT INTO message_outbox (outbox_id, message_type, participant_id, replica_id, request_id, body)
            VALUES (CAST(?1 AS uuid), ?2, CAST(?3 AS uuid), CAST(?4 AS uuid), ?5, ?6)""";

    private static final String DELETE = "DELETE FROM message_outbox WHERE outbox_id = ANY(CAST(?1 AS uuid[]))";

    // Claimed by pushing created_at forward: another node's sweep skips the rows while this one publishes them, and
    // takes them again later if this one stops first.
    private static final String CLAIM_STALE = """
            UPDATE message_outbox SET created_at = clock_timestamp()
             WHERE outbox_id IN (SELECT outbox_id FROM message_outbox
                                  WHERE created_at < clock_timestamp() - CAST(?1 AS double precision)
                                                                         * interval '1 millisecond'
                                  ORDER BY created_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
            RETURNING CAST(outbox_id AS varchar), message_type, CAST(participant_id AS varchar),
                      CAST(replica_id AS varchar), request_id, body""";

    @PersistenceContext(unitName = "acm")
    private EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void store(OutgoingMessage message) {
        entityManager.createNativeQuery(INSERT)
                .setParameter(1, message.outboxId().toString())
                .setParameter(2, message.type())
                .setParameter(3, text(message.participantId()))
                .setParameter(4, text(message.replicaId()))
                .setParameter(5, message.requestId())
                .setParameter(6, message.body())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void delete(Collection<UUID> outboxIds) {
        if (!outboxIds.isEmpty()) {
            entityManager.createNativeQuery(DELETE).setParameter(1, arrayLiteral(outboxIds)).executeUpdate();
        }
    }

    /** Rows older than {@code age}, oldest first, at most {@code limit}, claimed for the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OutgoingMessage> claimStale(Duration age, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(CLAIM_STALE)
                .setParameter(1, age.toMillis())
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(row -> new OutgoingMessage(UUID.fromString((String) row[0]), (String) row[1],
                uuid(row[2]), uuid(row[3]), (String) row[4], (String) row[5])).toList();
    }

    static String arrayLiteral(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static UUID uuid(Object text) {
        return text == null ? null : UUID.fromString((String) text);
    }
}
