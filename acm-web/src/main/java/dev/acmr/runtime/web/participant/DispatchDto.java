package dev.acmr.runtime.web.participant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One operation message as dispatched: which replica of which participant was given which order (and start phase,
 * at which order revision), when, and when and how its part ended: open (null), DONE, ACKED, FAILED, TIMEOUT,
 * REDISPATCHED (the replica left and another took it over), STALE or SUPERSEDED.
 */
@JsonbPropertyOrder({"entityId", "operation", "phase", "orderRevision", "participantId", "replicaId", "dispatchedAt",
    "settledAt", "outcome"})
@Schema(name = "OperationDispatch")
public record DispatchDto(UUID entityId, String operation, int phase, long orderRevision, UUID participantId,
        UUID replicaId, String dispatchedAt, String settledAt, String outcome) {
}
