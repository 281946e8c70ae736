package dev.acmr.runtime.web.composition;

import dev.acmr.runtime.web.common.NodeTemplateStateDto;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * ONAP's {@code AutomationCompositionDefinition}: the service template as commissioned, the definition's state,
 * and its elements keyed by node template name. {@code lastMsg} is text, in UTC to the millisecond, like the
 * participants' lastMsg.
 */
@JsonbPropertyOrder({"compositionId", "serviceTemplate", "state", "stateChangeResult", "lastMsg", "elementStateMap",
        "revisionId"})
@Schema(name = "AutomationCompositionDefinition")
public record CompositionDefinitionDto(UUID compositionId, Map<String, Object> serviceTemplate, String state,
        String stateChangeResult, String lastMsg, Map<String, NodeTemplateStateDto> elementStateMap, UUID revisionId) {
}
