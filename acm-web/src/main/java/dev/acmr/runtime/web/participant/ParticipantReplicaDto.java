package dev.acmr.runtime.web.participant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * ONAP's {@code ParticipantReplica} ({@code replicaId}, {@code participantState}, {@code lastMsg}, text in UTC to the
 * millisecond, as in ONAP), followed by what operators of replicas need: whether it confirmed its full sync, whether
 * it is drained, whether it may be given work now, how many operation messages it owes an answer to, what it holds
 * (count and revision sum as it reported them), the runtime's revision sum for the participant, and the lag between
 * them (0 when the replica holds what the runtime holds). Clients that know only ONAP's fields ignore the rest.
 */
@JsonbPropertyOrder({"replicaId", "participantState", "lastMsg", "synced", "drained", "selectable", "inFlight",
    "heldCount", "appliedRevision", "revision", "lag"})
@Schema(name = "ParticipantReplica")
public record ParticipantReplicaDto(UUID replicaId, String participantState, String lastMsg, boolean synced,
        boolean drained, boolean selectable, long inFlight, int heldCount, long appliedRevision, long revision,
        long lag) {
}
