package dev.acmr.runtime.web.instance;

import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.application.InstanceDraft;
import dev.acmr.runtime.instance.application.InstanceRejectedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads ONAP's {@code AutomationComposition} body, as a JSON tree from JSON or YAML, into an {@link InstanceDraft}.
 * Fields the runtime sets itself (states, participantId, outProperties...) are ignored, as ONAP does. Anything of
 * the wrong shape is a 400 that names the field.
 */
final class AutomationCompositionReader {

    private AutomationCompositionReader() {
    }

    static InstanceDraft read(Object tree) {
        Map<String, Object> body = mapping(tree, "the body");
        UUID instanceId = optionalUuid(body, "instanceId", "instanceId");
        boolean update = instanceId != null;
        String name = update ? optionalText(body, "name", "name") : requiredText(body, "name", "name");
        String version = update ? optionalText(body, "version", "version")
                : requiredText(body, "version", "version");
        UUID compositionId = optionalUuid(body, "compositionId", "compositionId");
        UUID compositionTargetId = optionalUuid(body, "compositionTargetId", "compositionTargetId");
        Object precheck = body.get("precheck");
        if (precheck != null && !(precheck instanceof Boolean)) {
            throw invalid("precheck must be true or false");
        }
        String description = optionalText(body, "description", "description");
        List<InstanceDraft.Element> elements = new ArrayList<>();
        Object elementTree = body.get("elements");
        if (elementTree != null) {
            mapping(elementTree, "elements").forEach((key, value) -> elements.add(element(key, value)));
        }
        return new InstanceDraft(instanceId, name, version, compositionId, compositionTargetId,
                Boolean.TRUE.equals(precheck), description, elements);
    }

    private static InstanceDraft.Element element(String key, Object tree) {
        String where = "elements." + key;
        Map<String, Object> element = mapping(tree, where);
        UUID keyId = uuid(key, where);
        UUID id = optionalUuid(element, "id", where + ".id");
        if (id != null && !id.equals(keyId)) {
            throw invalid(where + ".id is " + id + ", not the element's key " + keyId);
        }
        ToscaIdentifier definition = null;
        Object definitionTree = element.get("definition");
        if (definitionTree != null) {
            Map<String, Object> identifier = mapping(definitionTree, where + ".definition");
            definition = new ToscaIdentifier(requiredText(identifier, "name", where + ".definition.name"),
                    requiredText(identifier, "version", where + ".definition.version"));
        }
        Object properties = element.get("properties");
        return new InstanceDraft.Element(keyId, definition, optionalText(element, "description", where + ".description"),
                properties == null ? Map.of() : mapping(properties, where + ".properties"));
    }

    /** The elements of a new instance must each name their definition. */
    static void requireDefinitions(InstanceDraft draft) {
        draft.elements().stream().filter(element -> element.definition() == null).findFirst().ifPresent(element -> {
            throw invalid("elements." + element.id() + ".definition is missing");
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw invalid(what + " must be an object");
        }
        return (Map<String, Object>) value;
    }

    private static String requiredText(Map<String, Object> owner, String key, String what) {
        String text = optionalText(owner, key, what);
        if (text == null || text.isBlank()) {
            throw invalid(what + " is missing");
        }
        return text;
    }

    private static String optionalText(Map<String, Object> owner, String key, String what) {
        Object value = owner.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw invalid(what + " must be text");
    }

    private static UUID optionalUuid(Map<String, Object> owner, String key, String what) {
        String text = optionalText(owner, key, what);
        return text == null || text.isBlank() ? null : uuid(text, what);
    }

    private static UUID uuid(String text, String what) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(what + " is not a UUID: " + text);
        }
    }

    private static InstanceRejectedException invalid(String message) {
        return new InstanceRejectedException("Invalid automation composition: " + message);
    }
}
