package dev.acmr.runtime.composition.tosca;

import java.util.Optional;

/**
 * A property a type declares: the data type of its value and, for lists and maps, the data type of their entries.
 * Constraints, defaults and metadata stay in the document; the runtime does not interpret them.
 */
public record PropertyDefinition(String name, String type, Optional<String> entrySchemaType) {
}
