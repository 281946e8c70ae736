package dev.acmr.simulator.config;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.ObjIntConsumer;
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

    private static final Map<String, BiConsumer<SimConfig, Boolean>> FLAGS = Map.ofEntries(
            Map.entry("deploySuccess", SimConfig::setDeploySuccess),
            Map.entry("undeploySuccess", SimConfig::setUndeploySuccess),
            Map.entry("lockSuccess", SimConfig::setLockSuccess),
            Map.entry("unlockSuccess", SimConfig::setUnlockSuccess),
            Map.entry("deleteSuccess", SimConfig::setDeleteSuccess),
            Map.entry("updateSuccess", SimConfig::setUpdateSuccess),
            Map.entry("migrateSuccess", SimConfig::setMigrateSuccess),
            Map.entry("migratePrecheck", SimConfig::setMigratePrecheck),
            Map.entry("prepare", SimConfig::setPrepare),
            Map.entry("review", SimConfig::setReview),
            Map.entry("primeSuccess", SimConfig::setPrimeSuccess),
            Map.entry("deprimeSuccess", SimConfig::setDeprimeSuccess),
            Map.entry("rollback", SimConfig::setRollback));

    private static final Map<String, ObjIntConsumer<SimConfig>> TIMERS = Map.ofEntries(
            Map.entry("deployTimerMs", SimConfig::setDeployTimerMs),
            Map.entry("undeployTimerMs", SimConfig::setUndeployTimerMs),
            Map.entry("lockTimerMs", SimConfig::setLockTimerMs),
            Map.entry("unlockTimerMs", SimConfig::setUnlockTimerMs),
            Map.entry("updateTimerMs", SimConfig::setUpdateTimerMs),
            Map.entry("deleteTimerMs", SimConfig::setDeleteTimerMs),
            Map.entry("primeTimerMs", SimConfig::setPrimeTimerMs),
            Map.entry("deprimeTimerMs", SimConfig::setDeprimeTimerMs),
            Map.entry("migrateTimerMs", SimConfig::setMigrateTimerMs),
            Map.entry("migratePrecheckTimerMs", SimConfig::setMigratePrecheckTimerMs),
            Map.entry("prepareTimerMs", SimConfig::setPrepareTimerMs),
            Map.entry("reviewTimerMs", SimConfig::setReviewTimerMs),
            Map.entry("rollbackTimerMs", SimConfig::setRollbackTimerMs));

    private SimConfigParser() {
    }

    /** Every field name SimConfig has, sorted; what the error message for an unknown field lists. */
    public static Set<String> fieldNames() {
        Set<String> names = new TreeSet<>(FLAGS.keySet());
        names.addAll(TIMERS.keySet());
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
        if (FLAGS.containsKey(name)) {
            FLAGS.get(name).accept(config, flag(name, value));
        } else if (TIMERS.containsKey(name)) {
            TIMERS.get(name).accept(config, timer(name, value));
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
