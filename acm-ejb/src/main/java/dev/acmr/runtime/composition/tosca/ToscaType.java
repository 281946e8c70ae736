package dev.acmr.runtime.composition.tosca;

import java.util.List;
import java.util.Optional;

/** A node type or data type: its parent, its version if given, and the properties it declares. */
public record ToscaType(String name, Optional<String> derivedFrom, Optional<String> version,
        List<PropertyDefinition> properties) {

    public ToscaType {
        properties = List.copyOf(properties);
    }
}
