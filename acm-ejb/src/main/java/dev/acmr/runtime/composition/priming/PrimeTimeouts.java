package dev.acmr.runtime.composition.priming;

import dev.acmr.runtime.composition.domain.PrimeOrder;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;

/**
 * How long a prime or deprime may take: the service template's {@code metadata.primeTimeoutMs} or
 * {@code metadata.deprimeTimeoutMs} (ONAP's keys), else the configured default.
 */
final class PrimeTimeouts {

    private PrimeTimeouts() {
    }

    static Duration of(PrimeOrder order, String serviceTemplateJson, Duration fallback) {
        String key = order == PrimeOrder.PRIME ? "primeTimeoutMs" : "deprimeTimeoutMs";
        try {
            JsonObject template = Json.createReader(new StringReader(serviceTemplateJson)).readObject();
            JsonValue metadata = template.get("metadata");
            if (metadata instanceof JsonObject object && object.containsKey(key)) {
                long millis = millis(object.get(key));
                return millis > 0 ? Duration.ofMillis(millis) : fallback;
            }
        } catch (JsonException | ClassCastException | NumberFormatException e) {
            // A template we stored ourselves parses; an odd metadata value falls back to the default.
        }
        return fallback;
    }

    private static long millis(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.longValue();
        }
        if (value instanceof JsonString text) {
            return Long.parseLong(text.getString().strip());
        }
        return -1;
    }
}
