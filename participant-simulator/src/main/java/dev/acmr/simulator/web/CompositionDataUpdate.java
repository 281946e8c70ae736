package dev.acmr.simulator.web;

import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A valid {@code PUT /compositiondatas} body: new out-properties for one element definition of a composition.
 *
 * @param compositionDefinitionElementId the element, or null for the only element (ONAP's intermediary rule)
 */
record CompositionDataUpdate(UUID compositionId, ToscaConceptIdentifier compositionDefinitionElementId,
        Map<String, Object> outProperties) {

    /**
     * The element of {@code composition} this update is for.
     *
     * @throws RejectedRequestException 404 if the composition is not in the view or has no such element; 400 if no
     *     element is named and the composition has more than one
     */
    ToscaConceptIdentifier elementIn(Optional<CompositionDto> composition) {
        Set<ToscaConceptIdentifier> elements = InternalDatas.elementsOf(composition.orElseThrow(() ->
                RejectedRequestException.notFound("composition " + compositionId + " is not primed on this "
                        + "participant")));
        if (compositionDefinitionElementId == null) {
            if (elements.size() == 1) {
                return elements.iterator().next();
            }
            throw RejectedRequestException.badRequest("composition " + compositionId + " has " + elements.size()
                    + " elements; name one in compositionDefinitionElementId");
        }
        if (!elements.contains(compositionDefinitionElementId)) {
            throw RejectedRequestException.notFound("composition " + compositionId + " has no element "
                    + compositionDefinitionElementId + " on this participant; it has " + elements);
        }
        return compositionDefinitionElementId;
    }
}
