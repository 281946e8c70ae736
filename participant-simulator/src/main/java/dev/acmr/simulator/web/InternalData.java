package dev.acmr.simulator.web;

import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.util.Map;
import java.util.UUID;

/**
 * ONAP's simulator {@code InternalData} for composition element definitions: which element of which composition,
 * its properties ({@code intProperties}, ONAP's spelling) and out-properties. The instance fields of ONAP's class are
 * for {@code /datas} and are left out here (JSON-B writes no nulls anyway).
 */
public record InternalData(UUID compositionId, ToscaConceptIdentifier compositionDefinitionElementId,
        Map<String, Object> intProperties, Map<String, Object> outProperties) {
}
