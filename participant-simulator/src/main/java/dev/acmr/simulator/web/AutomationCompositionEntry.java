package dev.acmr.simulator.web;

import dev.acmr.participant.api.AutomationCompositionDto;
import dev.acmr.participant.api.DeployState;
import dev.acmr.participant.api.LockState;
import dev.acmr.participant.api.StateChangeResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One instance as {@code GET /instances} shows it, in the shape of ONAP's AutomationComposition JSON. Elements are
 * keyed by element id as text (JSON-B writes a map with UUID keys as an array of entries, not an object).
 */
public record AutomationCompositionEntry(UUID instanceId, UUID compositionId, String name, String version,
        DeployState deployState, LockState lockState, StateChangeResult stateChangeResult,
        Map<String, ElementEntry> elements) {

    static AutomationCompositionEntry of(AutomationCompositionDto instance) {
        Map<String, ElementEntry> elements = new LinkedHashMap<>();
        instance.elements().values().stream()
                .sorted((a, b) -> a.elementId().toString().compareTo(b.elementId().toString()))
                .forEach(element -> elements.put(element.elementId().toString(), ElementEntry.of(element)));
        return new AutomationCompositionEntry(instance.instanceId(), instance.compositionId(), instance.name(),
                instance.version(), instance.deployState(), instance.lockState(), instance.stateChangeResult(),
                elements);
    }
}
