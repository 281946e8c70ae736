package dev.acmr.simulator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ONAP's own simulator settings from its system tests ({@code SettingSimProperties*.json}), read byte for byte from
 * the shared CSIT data beside the checkout: each parses, and every field it sets is what the simulator then holds.
 * Before ONAP's {@code rollback} fields were known, each of these was refused.
 */
class OnapSimPropertiesTest {

    /** ONAP's CSIT data, relative to this module's directory (the checkout has {@code shared/} beside it). */
    static final Path CSIT_DATA = Path.of("../../shared/reference/onap-csit-data");

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static List<Path> payloads() throws IOException {
        try (Stream<Path> files = Files.list(CSIT_DATA)) {
            return files.filter(file -> file.getFileName().toString().matches("SettingSimProperties.*\\.json"))
                    .sorted().toList();
        }
    }

    @Test
    void everyOnapSettingsPayloadParsesWithEveryValueKept() throws IOException {
        List<Path> payloads = payloads();
        assertEquals(4, payloads.size(), "Success, Fail, Delay and Timeout in " + CSIT_DATA.toAbsolutePath());
        for (Path payload : payloads) {
            String body = new String(Files.readAllBytes(payload), StandardCharsets.UTF_8);
            JsonObject sent = Json.createReader(new StringReader(body)).readObject();
            JsonObject held = Json.createReader(new StringReader(JSONB.toJson(SimConfigParser.parse(body))))
                    .readObject();
            for (Map.Entry<String, JsonValue> field : sent.entrySet()) {
                assertTrue(held.containsKey(field.getKey()), payload + ": " + field.getKey() + " not held");
                assertEquals(normal(field.getValue()), normal(held.get(field.getKey())),
                        payload.getFileName() + ": " + field.getKey());
            }
            assertTrue(sent.containsKey("rollback") && sent.containsKey("rollbackTimerMs"), payload.toString());
        }
    }

    private static Object normal(JsonValue value) {
        return value instanceof JsonNumber number ? number.longValue() : value;
    }
}
