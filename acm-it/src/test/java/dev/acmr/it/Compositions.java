package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

/** Composition fixtures and the calls the composition tests share. */
final class Compositions {

    static final String SIM_TYPE = "org.onap.policy.clamp.acm.SimAutomationCompositionElement";

    private Compositions() {
    }

    /** The simulator template as YAML or JSON, with a unique name, the given prime timeout and element type. */
    static String template(String extension, long primeTimeoutMs, String elementType) {
        return fixture("tosca/sim-composition." + extension)
                .replace("@NAME@", "sim-" + UUID.randomUUID())
                .replace("@PRIME_TIMEOUT_MS@", Long.toString(primeTimeoutMs))
                .replace("@ELEMENT_TYPE@", elementType);
    }

    static String fixture(String resource) {
        try (InputStream in = Compositions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Commissions and returns the compositionId; fails unless 201. */
    static String commission(RuntimeClient node, String contentType, String template) {
        HttpResponse<String> response = node.post("/compositions", contentType, template);
        assertEquals(201, response.statusCode(), response.body());
        return json(response.body()).getString("compositionId");
    }

    static void order(RuntimeClient node, String compositionId, String primeOrder) {
        HttpResponse<String> response = node.put("/compositions/" + compositionId, "{\"primeOrder\":\"" + primeOrder + "\"}");
        assertEquals(202, response.statusCode(), primeOrder + ": " + response.body());
    }

    static JsonObject get(RuntimeClient node, String compositionId) {
        HttpResponse<String> response = node.get("/compositions/" + compositionId);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    static JsonObject awaitState(RuntimeClient node, String compositionId, String state, String result, Duration timeout) {
        return await(node, compositionId, definition -> definition.getString("state").equals(state)
                && definition.getString("stateChangeResult").equals(result), state + "/" + result, timeout);
    }

    static JsonObject await(RuntimeClient node, String compositionId, Predicate<JsonObject> condition, String what,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            last = get(node, compositionId);
            if (condition.test(last)) {
                return last;
            }
            sleep(50);
        }
        throw new AssertionError("composition " + compositionId + " not " + what + " within " + timeout + " on "
                + node.nodeUrl() + "; last: " + (last == null ? "none" : last.getString("state") + "/"
                + last.getString("stateChangeResult")));
    }

    static void deleteQuietly(RuntimeClient node, String compositionId) {
        JsonObject definition = get(node, compositionId);
        if (!definition.getString("state").equals("COMMISSIONED")) {
            order(node, compositionId, "DEPRIME");
            awaitState(node, compositionId, "COMMISSIONED", "NO_ERROR", Duration.ofSeconds(30));
        }
        assertEquals(200, node.delete("/compositions/" + compositionId).statusCode());
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
