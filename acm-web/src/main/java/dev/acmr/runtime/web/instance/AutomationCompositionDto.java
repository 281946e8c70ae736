package dev.acmr.runtime.web.instance;

import dev.acmr.runtime.web.common.AutomationCompositionElementDto;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * ONAP's {@code AutomationComposition}: an instance with its states and its elements by id. Unset fields (phase
 * between orders, a missing description, compositionTargetId outside a migration) are written as null, so that
 * clients always find them. {@code precheck} is true while a migrate precheck runs (ONAP keeps it set until the
 * precheck ends), null otherwise.
 */
@JsonbNillable
@JsonbPropertyOrder({"name", "version", "description", "instanceId", "compositionId", "compositionTargetId", "precheck",
        "deployState", "lockState", "subState", "stateChangeResult", "phase", "lastMsg", "revisionId", "elements"})
@Schema(name = "AutomationComposition")
public record AutomationCompositionDto(String name, String version, String description, UUID instanceId,
        UUID compositionId, UUID compositionTargetId, Boolean precheck, String deployState, String lockState,
        String subState, String stateChangeResult, Integer phase, String lastMsg, UUID revisionId,
        Map<String, AutomationCompositionElementDto> elements) {
}
