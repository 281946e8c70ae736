package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.client.http.SimulatorClient;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ONAP's own simulator settings, sent as ONAP's system tests send them (SettingSimPropertiesSuccess.json, byte for
 * byte) to every replica of the default participant: each answers 200 and then holds every value sent, ONAP's
 * {@code rollback} and {@code rollbackTimerMs} included (they were refused with 400 before).
 */
class OnapSimParametersIT {

    private final List<SimulatorClient> replicas = Stack.replicasOf(Stack.DEFAULT_PARTICIPANT);

    @AfterEach
    void backToOnapsDefaults() {
        replicas.forEach(replica -> replica.parameters("{}"));
    }

    @Test
    void onapsSuccessSettingsAreAcceptedAndHeldByEveryReplica() {
        String payload = CsitPayloads.raw("SettingSimPropertiesSuccess.json");
        JsonObject sent = Compositions.json(payload);
        for (SimulatorClient replica : replicas) {
            HttpResponse<String> put = replica.send("PUT", "/parameters", payload);
            assertEquals(200, put.statusCode(), replica.url() + ": " + put.body());

            HttpResponse<String> get = replica.send("GET", "/parameters", null);
            assertEquals(200, get.statusCode(), get.body());
            JsonObject held = Compositions.json(get.body());
            for (Map.Entry<String, JsonValue> field : sent.entrySet()) {
                assertEquals(normal(field.getValue()), normal(held.get(field.getKey())),
                        replica.url() + " " + field.getKey() + " in " + held);
            }
        }
    }

    private static Object normal(JsonValue value) {
        return value instanceof JsonNumber number ? number.longValue() : value;
    }
}
