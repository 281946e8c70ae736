package dev.acmr.simulator.web;

import dev.acmr.participant.api.DeployState;
import dev.acmr.participant.api.InstanceElementDto;
import dev.acmr.participant.api.LockState;
import dev.acmr.participant.api.ToscaConceptIdentifier;
import java.util.Map;
import java.util.UUID;

/**
 * One instance element as {@code GET /instances} shows it, in the shape of ONAP's AutomationCompositionElement.
 *
 * <p>The intermediary API's {@link InstanceElementDto} (ONAP's) carries no element definition, per-element states,
 * use state or operational state, so those stay null and are left out of the JSON rather than guessed; they are
 * here so that ONAP-shaped readers find the same fields once the API exposes them.
 */
public record ElementEntry(UUID id, ToscaConceptIdentifier definition, DeployState deployState, LockState lockState,
        String useState, String operationalState, Map<String, Object> properties,
        Map<String, Object> outProperties) {

    static ElementEntry of(InstanceElementDto element) {
        return new ElementEntry(element.elementId(), null, null, null, null, null, orEmpty(element.inProperties()),
                orEmpty(element.outProperties()));
    }

    static Map<String, Object> orEmpty(Map<String, Object> properties) {
        return properties == null ? Map.of() : properties;
    }
}
