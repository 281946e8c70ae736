package dev.acmr.runtime.instance.repository;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.PrecheckPlan;
import dev.acmr.runtime.instance.domain.RollbackSnapshot;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of automation composition instances. An instance is read and written whole: its elements load with it and
 * follow it on persist and remove. Every method runs in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InstanceRepository {

    private static final String BY_COMPOSITION_ORDER = " ORDER BY i.name, i.version, i.instanceId";

    // An empty name or version filter matches everything; the order is BY_COMPOSITION_ORDER's, served by an index.
    private static final String PAGE_IDS = """
            SELECT CAST(instance_id AS varchar) FROM automation_composition_instance
             WHERE composition_id = CAST(?1 AS uuid) AND (?2 = '' OR name = ?2) AND (?3 = '' OR version = ?3)
             ORDER BY name, version, instance_id LIMIT ?4 OFFSET ?5""";

    private static final String COUNT_OF_COMPOSITION =
            "SELECT COUNT(i) FROM AutomationCompositionInstance i WHERE i.compositionId = :composition";

    private static final String HELD_BY = """
            SELECT DISTINCT i FROM AutomationCompositionInstance i JOIN i.elements e
             WHERE e.participantId = :participant ORDER BY i.instanceId""";

    private static final String COUNT_TARGETING =
            "SELECT COUNT(i) FROM AutomationCompositionInstance i WHERE i.compositionTargetId = :target";

    private static final String ELEMENTS_USED = "SELECT e.elementId FROM InstanceElement e WHERE e.elementId IN :ids";

    private static final String BY_NAME = """
            SELECT COUNT(i) FROM AutomationCompositionInstance i WHERE i.name = :name AND i.version = :version""";

    // As for compositions: one statement judged by database time, so that every node may run it every second and
    // each expiry counts once; entity_version moves so that a stale JPA copy cannot overwrite the TIMEOUT.
    private static final String TIME_OUT_OVERDUE = """
            UPDATE automation_composition_instance
               SET state_change_result = 'TIMEOUT', operation_deadline = NULL,
                   entity_version = entity_version + 1
             WHERE operation_deadline < now() AND state_change_result = 'NO_ERROR'
            RETURNING CAST(instance_id AS varchar)""";

    @PersistenceContext(unitName = "acm")
    private EntityManager entityManager;

    public Optional<AutomationCompositionInstance> find(UUID instanceId) {
        return Optional.ofNullable(entityManager.find(AutomationCompositionInstance.class, instanceId));
    }

    /** The instance with its row locked until the transaction ends: for any change to it. */
    public Optional<AutomationCompositionInstance> findForUpdate(UUID instanceId) {
        return Optional.ofNullable(entityManager.find(AutomationCompositionInstance.class, instanceId,
                LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Stores a new instance now (not at commit), so that a name and version or an element id taken by a transaction
     * that committed meanwhile fails here, as a refusal.
     *
     * @return false if a unique key is taken: the caller refuses the instance (the transaction is then rollback-only)
     */
    public boolean add(AutomationCompositionInstance instance) {
        entityManager.persist(instance);
        try {
            entityManager.flush();
            return true;
        } catch (jakarta.persistence.PersistenceException e) {
            if (UniqueViolation.isCause(e)) {
                return false;
            }
            throw e;
        }
    }

    public void remove(AutomationCompositionInstance instance) {
        entityManager.remove(instance);
    }

    public long countOf(CompositionId composition) {
        return entityManager.createQuery(COUNT_OF_COMPOSITION, Long.class)
                .setParameter("composition", composition.value())
                .getSingleResult();
    }

    public boolean existsNamed(String name, String version) {
        return entityManager.createQuery(BY_NAME, Long.class)
                .setParameter("name", name).setParameter("version", version).getSingleResult() > 0;
    }

    /** The "before" of the instance's running or last update, migration or rollback, if one was taken. */
    public Optional<RollbackSnapshot> snapshotOf(UUID instanceId) {
        return Optional.ofNullable(entityManager.find(RollbackSnapshot.class, instanceId));
    }

    public void saveSnapshot(RollbackSnapshot snapshot) {
        if (!entityManager.contains(snapshot)) {
            entityManager.persist(snapshot);
        }
    }

    /** The would-be elements of the instance's running migrate precheck, if one runs. */
    public Optional<PrecheckPlan> precheckOf(UUID instanceId) {
        return Optional.ofNullable(entityManager.find(PrecheckPlan.class, instanceId));
    }

    public void savePrecheck(PrecheckPlan plan) {
        precheckOf(plan.instanceId()).ifPresent(entityManager::remove);
        entityManager.flush();
        entityManager.persist(plan);
    }

    public void removePrecheck(UUID instanceId) {
        precheckOf(instanceId).ifPresent(entityManager::remove);
    }

    /** How many instances are being migrated to this composition. */
    public long countTargeting(CompositionId composition) {
        return entityManager.createQuery(COUNT_TARGETING, Long.class)
                .setParameter("target", composition.value().toString())
                .getSingleResult();
    }

    /** Which of these element ids some instance already uses. */
    public List<UUID> elementIdsInUse(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(ELEMENTS_USED, UUID.class).setParameter("ids", List.copyOf(ids))
                .getResultList();
    }

    /** The instances with an element run by the participant: what its replicas hold. */
    public List<AutomationCompositionInstance> findHeldBy(ParticipantId participant) {
        return entityManager.createQuery(HELD_BY, AutomationCompositionInstance.class)
                .setParameter("participant", participant.value().toString())
                .setHint("eclipselink.batch", "i.elements").setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    /** The instance elements the participant runs, by element id (ONAP's participant view), a page when given. */
    public List<InstanceElement> elementsRunBy(ParticipantId participant, Optional<Paging> paging) {
        TypedQuery<InstanceElement> query = entityManager.createQuery(
                "SELECT e FROM InstanceElement e WHERE e.participantId = :participant ORDER BY e.elementId",
                InstanceElement.class).setParameter("participant", participant.value().toString());
        paging.ifPresent(page -> query.setFirstResult(page.offset()).setMaxResults(page.size()));
        return query.getResultList();
    }

    /** The instances of a composition matching the filters; a null or blank filter matches everything. */
    public List<AutomationCompositionInstance> listOf(CompositionId composition, String name, String version,
            Optional<Paging> paging) {
        StringBuilder jpql = new StringBuilder(
                "SELECT i FROM AutomationCompositionInstance i WHERE i.compositionId = :composition");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("composition", composition.value());
        if (isGiven(name)) {
            jpql.append(" AND i.name = :name");
            parameters.put("name", name);
        }
        if (isGiven(version)) {
            jpql.append(" AND i.version = :version");
            parameters.put("version", version);
        }
        if (paging.isPresent()) {
            return pageOf(composition, name, version, paging.get());
        }
        return run(jpql.append(BY_COMPOSITION_ORDER).toString(), parameters, paging);
    }

    /**
     * One page of a composition's instances in two steps: the page's ids from the index alone (skipping OFFSET rows
     * costs index entries, not row fetches), then those rows with their elements. A deep page over 10,000 stored
     * instances then costs about what the first one does.
     */
    private List<AutomationCompositionInstance> pageOf(CompositionId composition, String name, String version,
            Paging page) {
        Query ids = entityManager.createNativeQuery(PAGE_IDS)
                .setParameter(1, composition.value().toString())
                .setParameter(2, isGiven(name) ? name : "")
                .setParameter(3, isGiven(version) ? version : "")
                .setParameter(4, page.size())
                .setParameter(5, page.offset());
        List<UUID> pageIds = ((List<?>) ids.getResultList()).stream().map(id -> UUID.fromString((String) id)).toList();
        if (pageIds.isEmpty()) {
            return List.of();
        }
        return run("SELECT i FROM AutomationCompositionInstance i WHERE i.instanceId IN :ids" + BY_COMPOSITION_ORDER,
                Map.of("ids", pageIds), Optional.empty());
    }

    /** Instances across compositions, see {@link InstanceFilter}. */
    public List<AutomationCompositionInstance> search(InstanceFilter filter, Optional<Paging> paging) {
        StringBuilder jpql = new StringBuilder("SELECT i FROM AutomationCompositionInstance i WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!filter.participantIds().isEmpty()) {
            jpql.append(" AND EXISTS (SELECT e FROM InstanceElement e WHERE e.instance = i"
                    + " AND e.participantId IN :participants)");
            parameters.put("participants", filter.participantIds().stream().map(UUID::toString).toList());
        }
        if (!filter.instanceIds().isEmpty()) {
            jpql.append(" AND i.instanceId IN :ids");
            parameters.put("ids", filter.instanceIds());
        }
        if (!filter.deployStates().isEmpty()) {
            jpql.append(" AND i.progress.deployState IN :deployStates");
            parameters.put("deployStates", filter.deployStates());
        }
        if (!filter.stateChangeResults().isEmpty()) {
            jpql.append(" AND i.progress.stateChangeResult IN :results");
            parameters.put("results", filter.stateChangeResults());
        }
        jpql.append(" ORDER BY i.").append(filter.sort().field()).append(filter.descending() ? " DESC" : " ASC")
                .append(", i.instanceId");
        return run(jpql.toString(), parameters, paging);
    }

    /** Marks TIMEOUT every running order past its deadline; returns the instances this call marked. */
    public List<UUID> markOverdueOrdersTimedOut() {
        List<?> ids = entityManager.createNativeQuery(TIME_OUT_OVERDUE).getResultList();
        return ids.stream().map(id -> UUID.fromString(id.toString())).toList();
    }

    private List<AutomationCompositionInstance> run(String jpql, Map<String, Object> parameters,
            Optional<Paging> paging) {
        TypedQuery<AutomationCompositionInstance> query =
                entityManager.createQuery(jpql, AutomationCompositionInstance.class);
        parameters.forEach(query::setParameter);
        paging.ifPresent(page -> query.setFirstResult(page.offset()).setMaxResults(page.size()));
        // Loads the elements of the whole page in one query instead of one per instance.
        return query.setHint("eclipselink.batch", "i.elements").setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    private static boolean isGiven(String filter) {
        return filter != null && !filter.isBlank();
    }
}
