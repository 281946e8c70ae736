package dev.acmr.runtime.web.participant;

import dev.acmr.runtime.web.common.AutomationCompositionElementDto;
import dev.acmr.runtime.web.common.NodeTemplateStateDto;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * ONAP's {@code ParticipantInformation}: a participant with the composition elements bound to it (NodeTemplateStates
 * by nodeTemplateStateId) and the instance elements it runs (AutomationCompositionElements by id). The maps keep the
 * mapper's order, so the JSON is the same on every node.
 */
@JsonbPropertyOrder({"participant", "acNodeTemplateStateDefinitionMap", "acElementInstanceMap"})
@Schema(name = "ParticipantInformation")
public record ParticipantInformation(
        ParticipantDto participant,
        Map<String, NodeTemplateStateDto> acNodeTemplateStateDefinitionMap,
        Map<String, AutomationCompositionElementDto> acElementInstanceMap) {

    public ParticipantInformation {
        acNodeTemplateStateDefinitionMap =
                Collections.unmodifiableMap(new LinkedHashMap<>(acNodeTemplateStateDefinitionMap));
        acElementInstanceMap = Collections.unmodifiableMap(new LinkedHashMap<>(acElementInstanceMap));
    }
}
