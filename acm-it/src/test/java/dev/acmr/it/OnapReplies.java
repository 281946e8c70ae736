package dev.acmr.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

/** Reading ONAP's replies as its Robot keywords do, and describing them in failure messages. */
final class OnapReplies {

    private static final int EXCERPT = 600;

    private OnapReplies() {
    }

    /** The field as text: a string's value, any other JSON as written, {@code <absent>} when missing. */
    static String field(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null) {
            return "<absent>";
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    /** {@code elements[elementId]} of an instance, or null. */
    static JsonValue element(JsonObject instance, String elementId) {
        return instance.get("elements") instanceof JsonObject elements ? elements.get(elementId) : null;
    }

    /** {@code elements[elementId].outProperties.InternalState}, which ONAP's simulator writes, as text. */
    static String internalState(JsonObject instance, String elementId) {
        if (element(instance, elementId) instanceof JsonObject element
                && element.get("outProperties") instanceof JsonObject outProperties) {
            return field(outProperties, "InternalState");
        }
        return "<absent>";
    }

    static String compositionStates(JsonObject definition) {
        return "state=" + field(definition, "state") + " stateChangeResult=" + field(definition, "stateChangeResult");
    }

    static String instanceStates(JsonObject instance) {
        return "deployState=" + field(instance, "deployState") + " lockState=" + field(instance, "lockState")
                + " stateChangeResult=" + field(instance, "stateChangeResult");
    }

    /**
     * A top-level scalar of a reply that is YAML (what the keywords ask for) or JSON (which YAML includes), as the
     * keywords read it with yaml.Safe Load; null when there is none. Only ONAP's flat id replies are read this way.
     */
    static String topLevelScalar(String body, String key) {
        String text = body == null ? "" : body.strip();
        if (text.startsWith("{")) {
            try {
                return Compositions.json(text).get(key) instanceof JsonString value ? value.getString() : null;
            } catch (JsonParsingException e) {
                return null;
            }
        }
        for (String line : text.split("\\R")) {
            if (line.startsWith(key + ":")) {
                String value = line.substring(key.length() + 1).strip();
                boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                        || value.startsWith("'") && value.endsWith("'"));
                return quoted ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    /** The start of a body, for failure messages. */
    static String excerpt(String text) {
        if (text == null) {
            return "<no body>";
        }
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "...";
    }
}
