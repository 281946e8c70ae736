package dev.acmr.client;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Small helpers over Jakarta JSON Processing for response bodies and the launcher's output. */
public final class JsonText {

    /** How much of a body a failure message quotes. */
    private static final int QUOTED_CHARS = 300;

    private JsonText() {
    }

    public static JsonObject object(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new ClientException("not a JSON object: " + abbreviate(text), e);
        }
    }

    public static JsonArray array(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readArray();
        } catch (RuntimeException e) {
            throw new ClientException("not a JSON array: " + abbreviate(text), e);
        }
    }

    /** The string value at {@code key}, or null when absent or not a string. */
    public static String stringOrNull(JsonObject object, String key) {
        JsonValue value = object == null ? null : object.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }

    /** The text, cut after {@value #QUOTED_CHARS} characters, for failure messages; "" for null. */
    public static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= QUOTED_CHARS ? text : text.substring(0, QUOTED_CHARS) + "...";
    }
}
