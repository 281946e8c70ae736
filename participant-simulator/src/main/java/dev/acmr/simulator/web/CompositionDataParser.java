package dev.acmr.simulator.web;

import dev.acmr.participant.api.ToscaConceptIdentifier;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Reads ONAP's {@code InternalData} from the body of {@code PUT /compositiondatas}. As {@code /parameters}, unknown
 * fields and wrong types are refused (400) with the field named, because a misspelt field silently ignored is a test
 * that lies. {@code intProperties} is accepted and ignored, so that an entry of {@code GET /compositiondatas} can be
 * sent back as it is; {@code outProperties} left out means none, as ONAP's default.
 */
final class CompositionDataParser {

    static final String COMPOSITION_ID = "compositionId";
    static final String ELEMENT_ID = "compositionDefinitionElementId";
    static final String OUT_PROPERTIES = "outProperties";
    static final String IN_PROPERTIES = "intProperties";
    private static final Set<String> FIELDS = new TreeSet<>(Set.of(COMPOSITION_ID, ELEMENT_ID, OUT_PROPERTIES,
            IN_PROPERTIES));
    private static final Set<String> ELEMENT_ID_FIELDS = new TreeSet<>(Set.of("name", "version"));

    private CompositionDataParser() {
    }

    /** @throws RejectedRequestException 400 with the reason when the body is not a valid InternalData */
    static CompositionDataUpdate parse(String json) {
        JsonObject body = object(json);
        refuseUnknown(body, FIELDS, "InternalData");
        if (body.containsKey(IN_PROPERTIES)) {
            objectField(body, IN_PROPERTIES); // checked, not used: in-properties come from the composition
        }
        return new CompositionDataUpdate(compositionId(body), elementId(body),
                body.containsKey(OUT_PROPERTIES) ? JsonValues.toMap(objectField(body, OUT_PROPERTIES)) : Map.of());
    }

    private static JsonObject object(String json) {
        if (json == null || json.isBlank()) {
            throw RejectedRequestException.badRequest("the body must be an InternalData JSON object");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw RejectedRequestException.badRequest("the body is not a JSON object: " + e.getMessage());
        }
    }

    private static void refuseUnknown(JsonObject object, Set<String> known, String what) {
        for (String name : object.keySet()) {
            if (!known.contains(name)) {
                throw RejectedRequestException.badRequest("unknown field '" + name + "'; " + what + " has " + known);
            }
        }
    }

    private static UUID compositionId(JsonObject body) {
        String text = string(body, COMPOSITION_ID, COMPOSITION_ID);
        if (text == null) {
            throw RejectedRequestException.badRequest("field '" + COMPOSITION_ID + "' is required");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw RejectedRequestException.badRequest("field '" + COMPOSITION_ID + "' is not a UUID: " + text);
        }
    }

    private static ToscaConceptIdentifier elementId(JsonObject body) {
        JsonValue value = body.get(ELEMENT_ID);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        JsonObject id = objectField(body, ELEMENT_ID);
        refuseUnknown(id, ELEMENT_ID_FIELDS, ELEMENT_ID);
        String name = string(id, "name", ELEMENT_ID + ".name");
        String version = string(id, "version", ELEMENT_ID + ".version");
        if (name == null || version == null) {
            throw RejectedRequestException.badRequest("field '" + ELEMENT_ID + "' needs a name and a version");
        }
        return new ToscaConceptIdentifier(name, version);
    }

    /** The string value of a field, null when absent or JSON null. */
    private static String string(JsonObject object, String name, String path) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw RejectedRequestException.badRequest("field '" + path + "' must be a string, not " + value);
    }

    private static JsonObject objectField(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonObject nested) {
            return nested;
        }
        throw RejectedRequestException.badRequest("field '" + name + "' must be a JSON object, not " + value);
    }
}
