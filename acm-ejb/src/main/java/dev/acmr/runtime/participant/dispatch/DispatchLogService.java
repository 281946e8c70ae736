package dev.acmr.runtime.participant.dispatch;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** What operators read about dispatching: which replica was given which operation message on an entity. */
@Stateless
public class DispatchLogService {

    /** The most dispatches one entity's log shows, newest first. */
    public static final int LOG_LIMIT = 500;

    @Inject
    private OperationDispatchRepository dispatches;

    /** The entity's (instance's or composition's) dispatches, newest first; empty if none was ever made. */
    public List<DispatchLogEntry> entriesOf(UUID entityId) {
        return dispatches.historyOf(entityId, LOG_LIMIT);
    }
}
