package dev.acmr.participant.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * How the adapter stands with the runtime, for health checks: whether the broker connection is up and whether the
 * runtime has acknowledged this process. The replica id is shown for diagnostics only; nothing needs it to work.
 */
public record ParticipantConnectionStatus(UUID participantId, UUID replicaId, boolean connected, boolean registered)
        implements Serializable {
}
