package dev.acmr.participant.models.dto;

import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.util.Map;
import java.util.UUID;

/**
 * One element definition of a composition, as ONAP's CompositionElementDto. A read that finds no such element
 * answers one with empty maps and {@link ElementState#NOT_PRESENT}, never null.
 */
public record CompositionElementDto(UUID compositionId, ToscaConceptIdentifier elementDefinitionId,
        Map<String, Object> inProperties, Map<String, Object> outProperties, ElementState state) {

    /** An element that exists ({@link ElementState#PRESENT}). */
    public CompositionElementDto(UUID compositionId, ToscaConceptIdentifier elementDefinitionId,
            Map<String, Object> inProperties, Map<String, Object> outProperties) {
        this(compositionId, elementDefinitionId, inProperties, outProperties, ElementState.PRESENT);
    }
}
