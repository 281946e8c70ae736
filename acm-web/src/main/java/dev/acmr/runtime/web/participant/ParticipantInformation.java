package dev.acmr.runtime.web.participant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * ONAP's {@code ParticipantInformation}: a participant with the composition node templates and instance elements
 * bound to it. Those two maps are always empty until compositions and instances exist in this runtime; they are
 * present so that ONAP clients find the fields they expect.
 */
@JsonbPropertyOrder({"participant", "acNodeTemplateStateDefinitionMap", "acElementInstanceMap"})
@Schema(name = "ParticipantInformation")
public record ParticipantInformation(
        ParticipantDto participant,
        Map<String, Object> acNodeTemplateStateDefinitionMap,
        Map<String, Object> acElementInstanceMap) {

    public ParticipantInformation {
        acNodeTemplateStateDefinitionMap = Map.copyOf(acNodeTemplateStateDefinitionMap);
        acElementInstanceMap = Map.copyOf(acElementInstanceMap);
    }
}
