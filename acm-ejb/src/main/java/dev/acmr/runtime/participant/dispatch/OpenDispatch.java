package dev.acmr.runtime.participant.dispatch;

import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaId;
import java.util.UUID;

/** A dispatch as recorded: its row id, what it is about, and the replica it went to. */
public record OpenDispatch(long id, Dispatch dispatch, ParticipantId participant, ReplicaId replica) {

    // Columns: id, entity_id, entity_kind, operation, phase, order_revision, participant_id, replica_id.
    static OpenDispatch of(Object[] row) {
        Dispatch dispatch = new Dispatch(Dispatch.EntityKind.valueOf((String) row[2]), UUID.fromString((String) row[1]),
                (String) row[3], ((Number) row[4]).intValue(), ((Number) row[5]).longValue());
        return new OpenDispatch(((Number) row[0]).longValue(), dispatch,
                new ParticipantId(UUID.fromString((String) row[6])), new ReplicaId(UUID.fromString((String) row[7])));
    }
}
