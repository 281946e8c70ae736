package dev.acmr.participant.api;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/** A primed composition as a participant sees it: in and out properties per element definition. */
public record CompositionDto(UUID compositionId,
        Map<ToscaConceptIdentifier, Map<String, Object>> inPropertiesMap,
        Map<ToscaConceptIdentifier, Map<String, Object>> outPropertiesMap) implements Serializable {
}
