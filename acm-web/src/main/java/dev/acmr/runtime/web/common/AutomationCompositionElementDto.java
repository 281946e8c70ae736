package dev.acmr.runtime.web.common;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ONAP's {@code AutomationCompositionElement}; unset fields are written as null. */
@JsonbNillable
@JsonbPropertyOrder({"id", "definition", "participantId", "deployState", "lockState", "subState", "migrationState",
        "stage", "useState", "operationalState", "description", "message", "properties", "outProperties"})
@Schema(name = "AutomationCompositionElement")
public record AutomationCompositionElementDto(UUID id, ToscaConceptIdentifier definition, UUID participantId,
        String deployState, String lockState, String subState, String migrationState, Integer stage,
        String useState, String operationalState,
        String description, String message, Map<String, Object> properties, Map<String, Object> outProperties) {
}
