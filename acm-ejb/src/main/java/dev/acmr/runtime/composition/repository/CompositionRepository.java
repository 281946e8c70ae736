package dev.acmr.runtime.composition.repository;

import dev.acmr.runtime.composition.domain.AcTypeState;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionElement;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of composition definitions. A definition is read and written whole: its elements load with it and follow
 * it on persist and remove. Every method runs in the caller's transaction.
 *
 * <p>Lists are ordered by name, version and id, so that pages are stable and every node answers alike.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CompositionRepository {

    private static final String ORDER = " ORDER BY d.name, d.version, d.compositionId";

    private static final String HELD_BY = """
            SELECT DISTINCT d FROM CompositionDefinition d JOIN d.elements e
             WHERE e.participantId = :participant AND d.state <> :commissioned
             ORDER BY d.compositionId""";

    private static final String ELEMENTS_BOUND_TO = """
            SELECT e FROM CompositionElement e WHERE e.participantId = :participant
             ORDER BY e.nodeTemplateStateId""";

    // One statement judged by database time, so that every node may run it at once and each expiry counts once.
    // entity_version moves too, so that a stale copy held by JPA cannot overwrite the TIMEOUT.
    private static final String TIME_OUT_OVERDUE = """
            UPDATE composition_definition
               SET state_change_result = 'TIMEOUT', operation_deadline = NULL,
                   entity_version = entity_version + 1
             WHERE operation_deadline < now() AND state_change_result = 'NO_ERROR'
            RETURNING CAST(composition_id AS varchar)""";

    @PersistenceContext(unitName = "acm")
    private EntityManager entityManager;

    public Optional<CompositionDefinition> find(CompositionId id) {
        return Optional.ofNullable(entityManager.find(CompositionDefinition.class, id.value()));
    }

    /** The definition with its row locked until the transaction ends: for any change to it. */
    /**
     * The definition under a shared row lock: any number of transactions may hold it at once (instances created in
     * parallel), while a DEPRIME, delete or prime, which lock the row for update, wait for them and they for it.
     */
    public Optional<CompositionDefinition> findForShare(CompositionId id) {
        List<?> locked = entityManager.createNativeQuery(
                "SELECT 1 FROM composition_definition WHERE composition_id = CAST(?1 AS uuid) FOR SHARE")
                .setParameter(1, id.value().toString()).getResultList();
        return locked.isEmpty() ? Optional.empty() : find(id);
    }

    public Optional<CompositionDefinition> findForUpdate(CompositionId id) {
        return Optional.ofNullable(
                entityManager.find(CompositionDefinition.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The definitions matching the filters: a null or blank name or version matches everything; a participant keeps
     * the definitions with an element bound to it (ONAP's participantId filter).
     */
    public List<CompositionDefinition> list(String name, String version, Optional<ParticipantId> participant,
            Optional<Paging> paging) {
        TypedQuery<CompositionDefinition> query = select(name, version, participant);
        paging.ifPresent(page -> query.setFirstResult(page.offset()).setMaxResults(page.size()));
        return query.getResultList();
    }

    /** The elements of every definition bound to the participant, by nodeTemplateStateId (ONAP's participant view). */
    public List<CompositionElement> elementsBoundTo(ParticipantId participant, Optional<Paging> paging) {
        TypedQuery<CompositionElement> query = entityManager.createQuery(ELEMENTS_BOUND_TO, CompositionElement.class)
                .setParameter("participant", participant.value().toString());
        paging.ifPresent(page -> query.setFirstResult(page.offset()).setMaxResults(page.size()));
        return query.getResultList();
    }

    public void add(CompositionDefinition definition) {
        entityManager.persist(definition);
    }

    public void remove(CompositionDefinition definition) {
        entityManager.remove(definition);
    }

    /** Definitions with an element bound to the participant that are not back to COMMISSIONED: what it holds. */
    public List<CompositionDefinition> findHeldBy(ParticipantId participant) {
        return entityManager.createQuery(HELD_BY, CompositionDefinition.class)
                .setParameter("participant", participant.value().toString())
                .setParameter("commissioned", AcTypeState.COMMISSIONED)
                .getResultList();
    }

    /** Marks TIMEOUT every running prime or deprime past its deadline; returns the definitions this call marked. */
    public List<CompositionId> markOverdueOrdersTimedOut() {
        List<?> ids = entityManager.createNativeQuery(TIME_OUT_OVERDUE).getResultList();
        return ids.stream().map(id -> new CompositionId(UUID.fromString(id.toString()))).toList();
    }

    private TypedQuery<CompositionDefinition> select(String name, String version,
            Optional<ParticipantId> participant) {
        StringBuilder jpql = new StringBuilder("SELECT d FROM CompositionDefinition d WHERE 1 = 1");
        if (participant.isPresent()) {
            jpql.append(" AND EXISTS (SELECT e FROM CompositionElement e WHERE e.composition = d"
                    + " AND e.participantId = :participant)");
        }
        if (isGiven(name)) {
            jpql.append(" AND d.name = :name");
        }
        if (isGiven(version)) {
            jpql.append(" AND d.version = :version");
        }
        TypedQuery<CompositionDefinition> query =
                entityManager.createQuery(jpql.append(ORDER).toString(), CompositionDefinition.class);
        if (isGiven(name)) {
            query.setParameter("name", name);
        }
        if (isGiven(version)) {
            query.setParameter("version", version);
        }
        participant.ifPresent(id -> query.setParameter("participant", id.value().toString()));
        // Loads the elements of the whole page in one query instead of one per definition.
        return query.setHint("eclipselink.batch", "d.elements").setHint("eclipselink.batch.type", "IN");
    }

    private static boolean isGiven(String filter) {
        return filter != null && !filter.isBlank();
    }
}
