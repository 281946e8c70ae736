package dev.acmr.runtime.web.participant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * ONAP's {@code Participant}: its supported element types keyed by type id and its replicas keyed by replica id.
 * The maps keep the order they are given in (the mapper's), so the JSON is the same on every node.
 */
@JsonbPropertyOrder({"participantId", "participantSupportedElementTypes", "replicas"})
@Schema(name = "Participant")
public record ParticipantDto(
        UUID participantId,
        Map<String, SupportedElementTypeDto> participantSupportedElementTypes,
        Map<String, ParticipantReplicaDto> replicas) {
}
