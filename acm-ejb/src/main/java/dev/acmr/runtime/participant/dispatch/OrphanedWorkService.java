package dev.acmr.runtime.participant.dispatch;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Finds the work failover must move: open dispatches whose replica left the live set or restarted. Only a candidate
 * list: each entity's failover decides again under the entity's row lock, so two nodes finding the same orphan move
 * it once.
 */
@Stateless
public class OrphanedWorkService {

    @Inject
    private OperationDispatchRepository dispatches;

    /** At most {@code limit} orphans with an id above {@code afterId}, oldest first. */
    public List<OpenDispatch> findOrphaned(long afterId, int limit) {
        return dispatches.findOrphaned(afterId, limit);
    }
}
