package dev.acmr.runtime.web.participant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ONAP's {@code ParticipantReplica}. {@code lastMsg} is text, as in ONAP, in UTC to the millisecond. */
@JsonbPropertyOrder({"replicaId", "participantState", "lastMsg"})
@Schema(name = "ParticipantReplica")
public record ParticipantReplicaDto(UUID replicaId, String participantState, String lastMsg) {
}
