package dev.acmr.runtime.participant.repository;

import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The runtime's side of the lag figure: how many compositions and instances a participant holds and the sum of their
 * revisions, to compare with what each replica reports. Read on demand (the participant API), never per heartbeat,
 * so its cost follows the API's use rather than the number of replicas.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ParticipantHoldingsRepository {

    private static final String TOTALS = """
            SELECT COUNT(*), COALESCE(SUM(revision), 0) FROM (
                SELECT d.revision FROM composition_definition d
                 WHERE d.state <> 'COMMISSIONED'
                   AND EXISTS (SELECT 1 FROM composition_element e
                                WHERE e.composition_id = d.composition_id AND e.participant_id = CAST(?1 AS uuid))
                UNION ALL
                SELECT i.revision FROM automation_composition_instance i
                 WHERE EXISTS (SELECT 1 FROM instance_element e
                                WHERE e.instance_id = i.instance_id AND e.participant_id = ?1)) held""";

    @PersistenceContext(unitName = "acm")
    private EntityManager entityManager;

    /** Count and revision sum of what the participant holds, by the runtime's latest revisions. */
    public Holdings totals(ParticipantId participant) {
        Object[] row = (Object[]) entityManager.createNativeQuery(TOTALS)
                .setParameter(1, participant.toString())
                .getSingleResult();
        return new Holdings(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
    }

    /** A count of compositions and instances and the sum of their revisions. */
    public record Holdings(int count, long revisionSum) {
    }
}
