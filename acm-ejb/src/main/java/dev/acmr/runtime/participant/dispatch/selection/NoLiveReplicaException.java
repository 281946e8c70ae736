package dev.acmr.runtime.participant.dispatch.selection;

import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.ejb.ApplicationException;

/** No replica of a participant is live, so an operation cannot be dispatched: ONAP answers 409 "... is OFFLINE". */
@ApplicationException(rollback = true)
public class NoLiveReplicaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoLiveReplicaException(ParticipantId participant) {
        super("Participant " + participant + " is OFFLINE");
    }

    /** Live, but every replica is still receiving its full sync or drained. */
    public NoLiveReplicaException(ParticipantId participant, int live) {
        super("Participant " + participant + " has no replica ready for work: its " + live
                + " live replica(s) are being synchronised or drained");
    }
}
