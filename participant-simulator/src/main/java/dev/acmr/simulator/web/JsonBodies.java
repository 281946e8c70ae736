package dev.acmr.simulator.web;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Set;
import java.util.UUID;

/**
 * The strict reading the control API's parsers share: every refusal is a 400 that names the field, because a
 * misspelt field silently ignored is a test that lies.
 */
final class JsonBodies {

    private JsonBodies() {
    }

    static JsonObject object(String json, String what) {
        if (json == null || json.isBlank()) {
            throw RejectedRequestException.badRequest("the body must be an " + what + " JSON object");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw RejectedRequestException.badRequest("the body is not a JSON object: " + e.getMessage());
        }
    }

    static void refuseUnknown(JsonObject object, Set<String> known, String what) {
        for (String name : object.keySet()) {
            if (!known.contains(name)) {
                throw RejectedRequestException.badRequest("unknown field '" + name + "'; " + what + " has " + known);
            }
        }
    }

    /** The string value of a field, null when absent or JSON null. */
    static String string(JsonObject object, String name, String path) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw RejectedRequestException.badRequest("field '" + path + "' must be a string, not " + value);
    }

    static UUID requiredUuid(JsonObject object, String name) {
        String text = string(object, name, name);
        if (text == null) {
            throw RejectedRequestException.badRequest("field '" + name + "' is required");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw RejectedRequestException.badRequest("field '" + name + "' is not a UUID: " + text);
        }
    }

    static JsonObject objectField(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonObject nested) {
            return nested;
        }
        throw RejectedRequestException.badRequest("field '" + name + "' must be a JSON object, not " + value);
    }
}
