package dev.acmr.simulator.config;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Reads a SimConfig from the JSON of {@code PUT /parameters}. Fields left out keep ONAP's defaults, as with ONAP's
 * simulator (which builds a fresh SimConfig from the body). Unknown fields are ignored with a log line naming them, as
 * ONAP's simulator ignores them: ONAP's test payloads carry fields of newer or older releases, and refusing them
 * breaks their flows; the log shows a misspelt field. Wrong types and negative timers are refused with a message
 * naming the field.
 */
public final class SimConfigParser {

    private static final Logger LOG = Logger.getLogger(SimConfigParser.class.getName());

    private static final Map<String, SimOperation> BY_FLAG = new HashMap<>();
    private static final Map<String, SimOperation> BY_TIMER = new HashMap<>();

    static {
        for (SimOperation operation : SimOperation.values()) {
            BY_FLAG.put(operation.flagName(), operation);
            BY_TIMER.put(operation.timerName(), operation);
        }
    }

    private SimConfigParser() {
    }

    /** Every field name SimConfig has, sorted; what the error message for an unknown field lists. */
    public static Set<String> fieldNames() {
        Set<String> names = new TreeSet<>(BY_FLAG.keySet());
        names.addAll(BY_TIMER.keySet());
        return names;
    }

    /** @throws InvalidSimConfigException with a message for the caller when the body is not a valid SimConfig */
    public static SimConfig parse(String json) {
        SimConfig config = new SimConfig();
        for (Map.Entry<String, JsonValue> field : object(json).entrySet()) {
            apply(config, field.getKey(), field.getValue());
        }
        return config;
    }

    private static JsonObject object(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidSimConfigException("the body must be a SimConfig JSON object");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidSimConfigException("the body is not a JSON object: " + e.getMessage());
        }
    }

    private static void apply(SimConfig config, String name, JsonValue value) {
        if (BY_FLAG.containsKey(name)) {
            config.setSuccess(BY_FLAG.get(name), flag(name, value));
        } else if (BY_TIMER.containsKey(name)) {
            config.setTimerMs(BY_TIMER.get(name), timer(name, value));
        } else {
            LOG.info(() -> "ignored unknown SimConfig field '" + name + "'; SimConfig has " + fieldNames());
        }
    }

    private static boolean flag(String name, JsonValue value) {
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new InvalidSimConfigException("field '" + name + "' must be true or false, not " + value);
    }

    private static int timer(String name, JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                int millis = number.intValueExact();
                if (millis >= 0) {
                    return millis;
                }
            } catch (ArithmeticException e) {
                throw new InvalidSimConfigException("field '" + name + "' is too large: " + value);
            }
        }
        throw new InvalidSimConfigException("field '" + name + "' must be a whole number of milliseconds >= 0, not "
                + value);
    }
}
