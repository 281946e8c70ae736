package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Instance payloads (ONAP's AutomationComposition JSON) and the calls the instance tests share. */
final class Instances {

    static final String STARTER = "onap.policy.clamp.ac.element.Sim_StarterAutomationCompositionElement";
    static final String BRIDGE = "onap.policy.clamp.ac.element.Sim_BridgeAutomationCompositionElement";

    private Instances() {
    }

    /** An instance of {@code compositionId} with one element per definition name (version 1.2.3), fresh ids. */
    static JsonObject payload(String compositionId, Map<String, JsonObject> propertiesByDefinition) {
        JsonObjectBuilder elements = Json.createObjectBuilder();
        propertiesByDefinition.forEach((definition, properties) -> {
            String id = UUID.randomUUID().toString();
            elements.add(id, Json.createObjectBuilder()
                    .add("id", id)
                    .add("definition", Json.createObjectBuilder().add("name", definition).add("version", "1.2.3"))
                    .add("description", "element " + definition)
                    .add("properties", properties));
        });
        return Json.createObjectBuilder()
                .add("name", "instance-" + UUID.randomUUID())
                .add("version", "1.0.0")
                .add("compositionId", compositionId)
                .add("description", "an instance made by the integration tests")
                .add("elements", elements)
                .build();
    }

    static JsonObject simPayload(String compositionId, JsonObject starterProperties) {
        Map<String, JsonObject> elements = new LinkedHashMap<>();
        elements.put(STARTER, starterProperties);
        elements.put(BRIDGE, Json.createObjectBuilder().add("baseUrl", "http://127.0.0.1:1/bridge").build());
        return payload(compositionId, elements);
    }

    static String create(RuntimeClient node, String compositionId, JsonObject payload) {
        HttpResponse<String> response = node.post("/compositions/" + compositionId + "/instances", "application/json",
                payload.toString());
        assertEquals(201, response.statusCode(), response.body());
        return Compositions.json(response.body()).getString("instanceId");
    }

    static String path(String compositionId, String instanceId) {
        return "/compositions/" + compositionId + "/instances/" + instanceId;
    }

    static void order(RuntimeClient node, String compositionId, String instanceId, String field, String value) {
        HttpResponse<String> response = node.put(path(compositionId, instanceId), "{\"" + field + "\":\"" + value + "\"}");
        assertEquals(202, response.statusCode(), value + ": " + response.body());
    }

    static JsonObject get(RuntimeClient node, String compositionId, String instanceId) {
        HttpResponse<String> response = node.get(path(compositionId, instanceId));
        assertEquals(200, response.statusCode(), response.body());
        return Compositions.json(response.body());
    }

    static JsonObject awaitState(RuntimeClient node, String compositionId, String instanceId, String deployState,
            String lockState, String result, Duration timeout) {
        return await(node, compositionId, instanceId, instance -> instance.getString("deployState").equals(deployState)
                && instance.getString("lockState").equals(lockState)
                && instance.getString("stateChangeResult").equals(result),
                deployState + "/" + lockState + "/" + result, timeout);
    }

    static JsonObject await(RuntimeClient node, String compositionId, String instanceId, Predicate<JsonObject> condition,
            String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            last = get(node, compositionId, instanceId);
            if (condition.test(last)) {
                return last;
            }
            Compositions.sleep(50);
        }
        throw new AssertionError("instance " + instanceId + " not " + what + " within " + timeout + "; last: "
                + (last == null ? "none" : last.getString("deployState") + "/" + last.getString("lockState") + "/"
                        + last.getString("stateChangeResult")));
    }

    static void awaitGone(RuntimeClient node, String compositionId, String instanceId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int status;
        do {
            status = node.get(path(compositionId, instanceId)).statusCode();
            if (status == 404) {
                return;
            }
            Compositions.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("instance " + instanceId + " still answers " + status + " after " + timeout);
    }

    /** Undeploys if needed and deletes, waiting until the instance is gone. */
    /** Undeploys and deletes the instance if it still exists. */
    static void removeQuietly(RuntimeClient node, String compositionId, String instanceId) {
        if (node.get(path(compositionId, instanceId)).statusCode() == 404) {
            return;
        }
        JsonObject instance = get(node, compositionId, instanceId);
        if (!instance.getString("deployState").equals("UNDEPLOYED")) {
            order(node, compositionId, instanceId, "deployOrder", "UNDEPLOY");
            awaitState(node, compositionId, instanceId, "UNDEPLOYED", "NONE", "NO_ERROR", Duration.ofSeconds(30));
        }
        HttpResponse<String> deleted = node.delete(path(compositionId, instanceId));
        assertEquals(202, deleted.statusCode(), deleted.body());
        awaitGone(node, compositionId, instanceId, Duration.ofSeconds(30));
    }
}
