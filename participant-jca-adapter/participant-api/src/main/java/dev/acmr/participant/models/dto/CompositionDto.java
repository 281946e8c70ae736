package dev.acmr.participant.models.dto;

import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.util.Map;
import java.util.UUID;

/**
 * A composition as prime and deprime give it to a participant, as ONAP's CompositionDto: the in-properties and
 * out-properties of each element definition this participant runs, by element definition id. The maps are the
 * caller's own copies: writing into them (as ONAP's simulator does before reporting them back) is safe.
 */
public record CompositionDto(UUID compositionId,
        Map<ToscaConceptIdentifier, Map<String, Object>> inPropertiesMap,
        Map<ToscaConceptIdentifier, Map<String, Object>> outPropertiesMap) {
}
