package dev.acmr.runtime.composition.domain;

import java.util.Objects;

/**
 * An element as the service template defines it: node template name and version, node type and type version, and
 * the node template's properties as JSON text. What commissioning gives the definition to create or update an
 * element row from.
 */
public record ElementTemplate(String name, String version, String typeName, String typeVersion,
        String propertiesJson) {

    public ElementTemplate {
        Objects.requireNonNull(name, "element name");
        Objects.requireNonNull(version, "element version");
        Objects.requireNonNull(typeName, "element type name");
        Objects.requireNonNull(typeVersion, "element type version");
        Objects.requireNonNull(propertiesJson, "element properties");
    }
}
