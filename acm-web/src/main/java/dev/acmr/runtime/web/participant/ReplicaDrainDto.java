package dev.acmr.runtime.web.participant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A replica's drain state after a drain or undrain. */
@JsonbPropertyOrder({"participantId", "replicaId", "drained"})
@Schema(name = "ReplicaDrain")
public record ReplicaDrainDto(UUID participantId, UUID replicaId, boolean drained) {
}
