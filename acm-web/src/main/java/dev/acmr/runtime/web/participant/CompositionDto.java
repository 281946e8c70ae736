package dev.acmr.runtime.web.participant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * ONAP's {@code CompositionDto}: a definition as one participant sees it. For each element bound to the participant,
 * keyed by {@code "name version"} of its node template (ONAP's key), the node template's properties (in) and what the
 * participant reported (out).
 */
@JsonbPropertyOrder({"compositionId", "inPropertiesMap", "outPropertiesMap"})
@Schema(name = "CompositionDto")
public record CompositionDto(UUID compositionId, Map<String, Map<String, Object>> inPropertiesMap,
        Map<String, Map<String, Object>> outPropertiesMap) {
}
