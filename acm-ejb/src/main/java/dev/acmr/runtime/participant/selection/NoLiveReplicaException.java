package dev.acmr.runtime.participant.selection;

import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.ejb.ApplicationException;

/** No replica of a participant is live, so an operation cannot be dispatched: ONAP answers 409 "... is OFFLINE". */
@ApplicationException(rollback = true)
public class NoLiveReplicaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoLiveReplicaException(ParticipantId participant) {
        super("Participant " + participant + " is OFFLINE");
    }
}
