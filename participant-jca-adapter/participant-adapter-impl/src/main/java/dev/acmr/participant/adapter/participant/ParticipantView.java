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
 * intermediary API. Compositions are kept in step by the runtime's syncs ({@link CompositionView}); instances stay
 * empty until the instance lifecycle exists. Readers get copies, so a later update never changes a map a caller is
 * iterating, and a caller writing into what it got never changes the view.
 */
public final class ParticipantView {

    private final Map<UUID, AutomationCompositionDto> instances = new ConcurrentHashMap<>();
    private final CompositionView compositions = new CompositionView();

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
        return compositions.dtos();
    }

    public Optional<CompositionDto> composition(UUID compositionId) {
        return compositions.dto(compositionId);
    }

    /** The compositions with their states and revisions, for the session's handlers. */
    CompositionView compositionView() {
        return compositions;
    }

    /** Stores or replaces an instance (for the sync handling to come). */
    void putAutomationComposition(AutomationCompositionDto instance) {
        instances.put(instance.instanceId(), instance);
    }
}
