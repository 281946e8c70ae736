package dev.acmr.messages;

import java.util.Map;

/**
 * One element definition of a composition as a participant needs it: the node template's name and version (ONAP's
 * elementDefinitionId), its node type, and its properties and out-properties.
 */
public record ElementDefinition(String name, String version, String typeName, String typeVersion,
        Map<String, Object> properties, Map<String, Object> outProperties) {

    public ElementDefinition {
        properties = properties == null ? Map.of() : properties;
        outProperties = outProperties == null ? Map.of() : outProperties;
    }
}
