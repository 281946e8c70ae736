package dev.acmr.participant.api;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/** One element of an automation composition instance, as ONAP's InstanceElementDto. */
public record InstanceElementDto(UUID instanceId, UUID elementId, Map<String, Object> inProperties,
        Map<String, Object> outProperties, ElementState state) implements Serializable {
}
