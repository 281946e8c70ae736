package dev.acmr.runtime.participant.repository;

import dev.acmr.runtime.participant.domain.Participant;
import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Reading participants whole, with their supported element types and live replicas, for the operators' views. The
 * writes, which concurrent nodes must settle in the database, are {@link ParticipantRepository}'s. Participants are
 * listed by id, so that every node answers alike. Every method runs in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ParticipantReadRepository {

    private static final String SELECT_ALL = "SELECT p FROM Participant p ORDER BY p.participantId";

    private static final String SELECT_ONE = """
            SELECT participant_id, created_at, version FROM participant WHERE participant_id = CAST(?1 AS uuid)""";

    @PersistenceContext(unitName = "acm")
    private EntityManager entityManager;

    public List<Participant> findAll() {
        return selectAll().getResultList();
    }

    public List<Participant> findAll(int offset, int limit) {
        return selectAll().setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * Native only to bind the client's id as text and cast it in SQL, which does not depend on how the JPA provider
     * binds a UUID; the collections load eagerly from the row.
     */
    public Optional<Participant> findById(ParticipantId participantId) {
        List<?> rows = entityManager.createNativeQuery(SELECT_ONE, Participant.class)
                .setParameter(1, participantId.toString())
                .getResultList();
        return rows.stream().map(Participant.class::cast).findFirst();
    }

    private TypedQuery<Participant> selectAll() {
        return withCollectionsBatched(entityManager.createQuery(SELECT_ALL, Participant.class));
    }

    /** Loads the collections of all participants of a result in one query each instead of one per participant. */
    private static TypedQuery<Participant> withCollectionsBatched(TypedQuery<Participant> query) {
        return query.setHint("eclipselink.batch", "p.supportedElementTypes")
                .setHint("eclipselink.batch", "p.replicas")
                .setHint("eclipselink.batch.type", "IN");
    }
}
