package dev.acmr.messages;

import jakarta.json.bind.annotation.JsonbCreator;
import java.util.Map;
import java.util.UUID;

/**
 * One element of an instance as a participant needs it: its id, its element definition (node template name and
 * version) with the definition's properties, and the instance element's own properties and out-properties.
 * {@code previousProperties} is set for an update only: the properties the element had before it.
 * {@code migrationState} and {@code stage} (the next stage the element reported, null outside staged operations) are
 * null when the sender does not know them.
 */
public record InstanceElement(UUID elementId, String definitionName, String definitionVersion, int startPhase,
        Map<String, Object> definitionProperties, Map<String, Object> definitionOutProperties,
        Map<String, Object> properties, Map<String, Object> outProperties, Map<String, Object> previousProperties,
        ElementDeployState deployState, ElementLockState lockState, String useState, String operationalState,
        ElementMigrationState migrationState, Integer stage) {

    @JsonbCreator
    public InstanceElement {
        definitionProperties = definitionProperties == null ? Map.of() : definitionProperties;
        definitionOutProperties = definitionOutProperties == null ? Map.of() : definitionOutProperties;
        properties = properties == null ? Map.of() : properties;
        outProperties = outProperties == null ? Map.of() : outProperties;
    }

    /** An element outside a migration. */
    public InstanceElement(UUID elementId, String definitionName, String definitionVersion, int startPhase,
            Map<String, Object> definitionProperties, Map<String, Object> definitionOutProperties,
            Map<String, Object> properties, Map<String, Object> outProperties, Map<String, Object> previousProperties,
            ElementDeployState deployState, ElementLockState lockState, String useState, String operationalState) {
        this(elementId, definitionName, definitionVersion, startPhase, definitionProperties, definitionOutProperties,
                properties, outProperties, previousProperties, deployState, lockState, useState, operationalState,
                null, null);
    }
}
