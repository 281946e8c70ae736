package dev.acmr.participant.api;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/** One element definition of a composition, as ONAP's CompositionElementDto. */
public record CompositionElementDto(UUID compositionId, ToscaConceptIdentifier elementDefinitionId,
        Map<String, Object> inProperties, Map<String, Object> outProperties, ElementState state)
        implements Serializable {
}
