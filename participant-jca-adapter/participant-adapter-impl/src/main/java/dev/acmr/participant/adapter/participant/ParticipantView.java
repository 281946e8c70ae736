package dev.acmr.participant.adapter.participant;

import dev.acmr.participant.api.AutomationCompositionDto;
import dev.acmr.participant.api.CompositionDto;
import dev.acmr.participant.api.InstanceElementDto;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This replica's copy of the compositions and instances its participant holds, served by the read methods of the
 * intermediary API. It is empty until the runtime's sync messages (which arrive with the composition/instance
 * lifecycle) fill it; readers get copies, so a later update never changes a map a caller is iterating.
 */
public final class ParticipantView {

    private final Map<UUID, AutomationCompositionDto> instances = new ConcurrentHashMap<>();
    private final Map<UUID, CompositionDto> compositions = new ConcurrentHashMap<>();

    public Map<UUID, AutomationCompositionDto> automationCompositions() {
        return Map.copyOf(instances);
    }

    public Optional<AutomationCompositionDto> automationComposition(UUID instanceId) {
        return instanceId == null ? Optional.empty() : Optional.ofNullable(instances.get(instanceId));
    }

    public Optional<InstanceElementDto> instanceElement(UUID instanceId, UUID elementId) {
        return automationComposition(instanceId)
                .map(AutomationCompositionDto::elements)
                .map(elements -> elementId == null ? null : elements.get(elementId));
    }

    public Map<UUID, CompositionDto> compositions() {
        return Map.copyOf(compositions);
    }

    public Optional<CompositionDto> composition(UUID compositionId) {
        return compositionId == null ? Optional.empty() : Optional.ofNullable(compositions.get(compositionId));
    }

    /** Stores or replaces an instance (for the sync handling to come). */
    void putAutomationComposition(AutomationCompositionDto instance) {
        instances.put(instance.instanceId(), instance);
    }

    /** Stores or replaces a composition (for the sync handling to come). */
    void putComposition(CompositionDto composition) {
        compositions.put(composition.compositionId(), composition);
    }
}
