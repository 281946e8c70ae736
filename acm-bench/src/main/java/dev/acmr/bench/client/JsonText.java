package dev.acmr.bench.client;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Small JSON helpers over Jakarta JSON Processing. */
public final class JsonText {

    private JsonText() {
    }

    public static JsonObject object(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new BenchException("not a JSON object: " + abbreviate(text), e);
        }
    }

    public static JsonArray array(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readArray();
        } catch (RuntimeException e) {
            throw new BenchException("not a JSON array: " + abbreviate(text), e);
        }
    }

    /** The string value at {@code key}, or null when absent or not a string. */
    public static String stringOrNull(JsonObject object, String key) {
        JsonValue value = object == null ? null : object.get(key);
        return value instanceof jakarta.json.JsonString s ? s.getString() : null;
    }

    public static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
