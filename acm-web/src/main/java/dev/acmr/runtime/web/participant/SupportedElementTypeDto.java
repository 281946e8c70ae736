package dev.acmr.runtime.web.participant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ONAP's {@code ParticipantSupportedElementType}. */
@JsonbPropertyOrder({"id", "typeName", "typeVersion"})
@Schema(name = "ParticipantSupportedElementType")
public record SupportedElementTypeDto(UUID id, String typeName, String typeVersion) {
}
