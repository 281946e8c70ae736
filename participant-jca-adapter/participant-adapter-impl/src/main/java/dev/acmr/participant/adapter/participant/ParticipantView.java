package dev.acmr.participant.adapter.participant;

import dev.acmr.participant.api.AutomationCompositionDto;
import dev.acmr.participant.api.CompositionDto;
import dev.acmr.participant.api.InstanceElementDto;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * This replica's copy of the compositions and instances its participant holds, served by the read methods of the
 * intermediary API. Compositions ({@link CompositionView}) and instances ({@link InstanceView}) are kept in step by
 * the runtime's revision-ordered syncs. Readers get deep copies, so a later update never changes a map a caller is
 * iterating, and a caller writing into what it got never changes the view.
 */
public final class ParticipantView {

    private final InstanceView instances = new InstanceView();
    private final CompositionView compositions = new CompositionView();

    public Map<UUID, AutomationCompositionDto> automationCompositions() {
        return instances.dtos();
    }

    public Optional<AutomationCompositionDto> automationComposition(UUID instanceId) {
        return instances.dto(instanceId);
    }

    public Optional<InstanceElementDto> instanceElement(UUID instanceId, UUID elementId) {
        return instances.elementDto(instanceId, elementId);
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

    /** The instances with their states and revisions, for the session's handlers. */
    InstanceView instanceView() {
        return instances;
    }
}
