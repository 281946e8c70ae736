package dev.acmr.simulator.web;

import dev.acmr.participant.models.concepts.AutomationCompositionElement;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.util.Map;
import java.util.UUID;

/**
 * One instance element as {@code GET /instances} shows it, in the shape of ONAP's AutomationCompositionElement: its
 * element definition, its own deploy and lock state, use state, operational state, properties and out-properties,
 * as this replica's synced view holds them.
 */
public record ElementEntry(UUID id, ToscaConceptIdentifier definition, DeployState deployState, LockState lockState,
        String useState, String operationalState, Map<String, Object> properties,
        Map<String, Object> outProperties) {

    static ElementEntry of(AutomationCompositionElement element) {
        return new ElementEntry(element.getId(), element.getDefinition(), element.getDeployState(),
                element.getLockState(), element.getUseState(), element.getOperationalState(),
                orEmpty(element.getProperties()), orEmpty(element.getOutProperties()));
    }

    static Map<String, Object> orEmpty(Map<String, Object> properties) {
        return properties == null ? Map.of() : properties;
    }
}
