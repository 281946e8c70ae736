package dev.acmr.simulator.web;

import dev.acmr.participant.models.concepts.AutomationComposition;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One instance as {@code GET /instances} shows it, in the shape of ONAP's AutomationComposition JSON, read through
 * the intermediary from this replica's synced view. Elements are keyed by element id as text (JSON-B writes a map
 * with UUID keys as an array of entries, not an object).
 */
public record AutomationCompositionEntry(UUID instanceId, UUID compositionId, String name, String version,
        DeployState deployState, LockState lockState, StateChangeResult stateChangeResult,
        Map<String, ElementEntry> elements) {

    static AutomationCompositionEntry of(AutomationComposition instance) {
        Map<String, ElementEntry> elements = new LinkedHashMap<>();
        instance.getElements().values().stream()
                .sorted((a, b) -> a.getId().toString().compareTo(b.getId().toString()))
                .forEach(element -> elements.put(element.getId().toString(), ElementEntry.of(element)));
        return new AutomationCompositionEntry(instance.getInstanceId(), instance.getCompositionId(),
                instance.getName(), instance.getVersion(), instance.getDeployState(), instance.getLockState(),
                instance.getStateChangeResult(), elements);
    }
}
