package dev.acmr.participant.models.dto;

import java.util.Map;
import java.util.UUID;

/**
 * One element of an instance as a listener call gives it, as ONAP's InstanceElementDto: its properties and
 * out-properties (the caller's own copies). A read that finds no such element answers one with empty maps and
 * {@link ElementState#NOT_PRESENT}, never null.
 */
public record InstanceElementDto(UUID instanceId, UUID elementId, Map<String, Object> inProperties,
        Map<String, Object> outProperties, ElementState state) {

    /** An element that exists ({@link ElementState#PRESENT}). */
    public InstanceElementDto(UUID instanceId, UUID elementId, Map<String, Object> inProperties,
            Map<String, Object> outProperties) {
        this(instanceId, elementId, inProperties, outProperties, ElementState.PRESENT);
    }
}
