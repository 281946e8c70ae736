package dev.acmr.runtime.composition.tosca;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the typed parts of a service template out of its JSON tree, refusing a tree whose shape is wrong for them
 * (a list where a mapping belongs, a node template without a type...). What the parts mean is checked afterwards
 * by {@link ServiceTemplateValidator}; keys the runtime does not use are left alone.
 */
final class ServiceTemplateReader {

    private static final String TOSCA_DEFINITIONS_VERSION = "tosca_definitions_version";

    private ServiceTemplateReader() {
    }

    static ServiceTemplate read(Object tree) {
        if (!(tree instanceof Map<?, ?>)) {
            throw invalid("The service template must be a mapping (a JSON object), but it is "
                    + describe(tree));
        }
        Map<String, Object> document = withDefaultIdentifier(asMap(tree));
        ToscaIdentifier identifier = new ToscaIdentifier(
                requiredText(document, "name", "The service template"),
                requiredText(document, "version", "The service template"));
        Map<String, Object> metadata = optionalMapping(document, "metadata", "The service template");
        optionalText(metadata, ServiceTemplate.COMPOSITION_ID, "The service template's metadata");
        Map<String, Object> topology = optionalMapping(document, "topology_template", "The service template");
        return new ServiceTemplate(document, identifier, metadata,
                types(document, "data_types", "Data type"),
                types(document, "node_types", "Node type"),
                nodeTemplates(optionalMapping(topology, "node_templates", "The topology template")));
    }

    /**
     * ONAP's model gives a template without a name or version the defaults {@value ToscaNames#DEFAULT_TEMPLATE_NAME}
     * and {@value ToscaNames#DEFAULT_TEMPLATE_VERSION}, and shows them in the stored template; so does this runtime.
     * The document keeps the client's order, with a missing name and version after {@code tosca_definitions_version}.
     */
    private static Map<String, Object> withDefaultIdentifier(Map<String, Object> document) {
        boolean hasName = optionalText(document, "name", "The service template").isPresent();
        boolean hasVersion = optionalText(document, "version", "The service template").isPresent();
        if (hasName && hasVersion) {
            return document;
        }
        Map<String, Object> completed = new LinkedHashMap<>();
        boolean placed = false;
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            if (!placed && !entry.getKey().equals(TOSCA_DEFINITIONS_VERSION)) {
                placeIdentifier(completed, document);
                placed = true;
            }
            completed.put(entry.getKey(), entry.getValue());
        }
        if (!placed) {
            placeIdentifier(completed, document);
        }
        return completed;
    }

    private static void placeIdentifier(Map<String, Object> completed, Map<String, Object> document) {
        completed.put("name", optionalText(document, "name", "The service template")
                .orElse(ToscaNames.DEFAULT_TEMPLATE_NAME));
        completed.put("version", optionalText(document, "version", "The service template")
                .orElse(ToscaNames.DEFAULT_TEMPLATE_VERSION));
    }

    private static Map<String, ToscaType> types(Map<String, Object> document, String key, String kind) {
        Map<String, ToscaType> types = new LinkedHashMap<>();
        optionalMapping(document, key, "The service template").forEach((name, definition) ->
                types.put(name, type(name, mappingOrEmpty(definition, kind + " '" + Excerpt.of(name) + "'"), kind)));
        return types;
    }

    private static ToscaType type(String name, Map<String, Object> definition, String kind) {
        String what = kind + " '" + Excerpt.of(name) + "'";
        List<PropertyDefinition> properties = new ArrayList<>();
        optionalMapping(definition, "properties", what).forEach((property, propertyDefinition) ->
                properties.add(property(property, mappingOrEmpty(propertyDefinition,
                        what + ": property '" + Excerpt.of(property) + "'"), what)));
        return new ToscaType(name, optionalText(definition, "derived_from", what),
                optionalText(definition, "version", what), properties);
    }

    private static PropertyDefinition property(String name, Map<String, Object> definition, String owner) {
        String what = owner + ": property '" + Excerpt.of(name) + "'";
        String type = requiredText(definition, "type", what);
        Object entrySchema = definition.get("entry_schema");
        Optional<String> entryType = entrySchema == null ? Optional.empty()
                : Optional.of(requiredText(mapping(entrySchema, what + ": entry_schema"), "type",
                        what + ": entry_schema"));
        return new PropertyDefinition(name, type, entryType);
    }

    private static Map<String, NodeTemplate> nodeTemplates(Map<String, Object> templates) {
        Map<String, NodeTemplate> nodeTemplates = new LinkedHashMap<>();
        templates.forEach((name, definition) -> {
            String what = "Node template '" + Excerpt.of(name) + "'";
            Map<String, Object> template = mapping(definition, what);
            nodeTemplates.put(name, new NodeTemplate(name, requiredText(template, "type", what),
                    optionalText(template, "type_version", what), optionalText(template, "version", what),
                    optionalText(template, "description", what), optionalMapping(template, "properties", what)));
        });
        return nodeTemplates;
    }

    private static Map<String, Object> optionalMapping(Map<String, Object> owner, String key, String what) {
        Object value = owner.get(key);
        return value == null ? Map.of() : mapping(value, what + ": " + key);
    }

    private static Map<String, Object> mappingOrEmpty(Object value, String what) {
        return value == null ? Map.of() : mapping(value, what);
    }

    private static Map<String, Object> mapping(Object value, String what) {
        if (value instanceof Map<?, ?>) {
            return asMap(value);
        }
        throw invalid(what + " must be a mapping, but it is " + describe(value));
    }

    private static String requiredText(Map<String, Object> owner, String key, String what) {
        return optionalText(owner, key, what)
                .orElseThrow(() -> invalid(what + " has no " + key));
    }

    // Scalars count as text: YAML reads "version: 1" as a number, and ONAP takes it as the text "1".
    private static Optional<String> optionalText(Map<String, Object> owner, String key, String what) {
        Object value = owner.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw invalid(what + ": " + key + " must be text, but it is " + describe(value));
        }
        String text = value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "empty";
        }
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        return value instanceof List<?> ? "a list" : "a scalar";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static InvalidServiceTemplateException invalid(String message) {
        return new InvalidServiceTemplateException(message);
    }
}
