package dev.acmr.messages;

import java.util.Map;
import java.util.UUID;

/**
 * One element of an instance as a participant needs it: its id, its element definition (node template name and
 * version) with the definition's properties, and the instance element's own properties and out-properties.
 * {@code previousProperties} is set for an update only: the properties the element had before it.
 */
public record InstanceElement(UUID elementId, String definitionName, String definitionVersion, int startPhase,
        Map<String, Object> definitionProperties, Map<String, Object> definitionOutProperties,
        Map<String, Object> properties, Map<String, Object> outProperties, Map<String, Object> previousProperties,
        ElementDeployState deployState, ElementLockState lockState, String useState, String operationalState) {

    public InstanceElement {
        definitionProperties = definitionProperties == null ? Map.of() : definitionProperties;
        definitionOutProperties = definitionOutProperties == null ? Map.of() : definitionOutProperties;
        properties = properties == null ? Map.of() : properties;
        outProperties = outProperties == null ? Map.of() : outProperties;
    }
}
