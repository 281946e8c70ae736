package dev.acmr.participant.api;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/** An instance as held by the participant: its states and the elements this participant runs. */
public record AutomationCompositionDto(UUID instanceId, UUID compositionId, String name, String version,
        DeployState deployState, LockState lockState, StateChangeResult stateChangeResult,
        Map<UUID, InstanceElementDto> elements) implements Serializable {
}
