package dev.acmr.runtime.web.common;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * ONAP's {@code NodeTemplateState}: one element of a definition. {@code participantId} and {@code message} are
 * written as null when unset rather than left out, so that clients always find the fields.
 */
@JsonbNillable
@JsonbPropertyOrder({"nodeTemplateStateId", "participantId", "nodeTemplateId", "state", "message", "outProperties"})
@Schema(name = "NodeTemplateState")
public record NodeTemplateStateDto(UUID nodeTemplateStateId, UUID participantId, ToscaConceptIdentifier nodeTemplateId,
        String state, String message, Map<String, Object> outProperties) {
}
