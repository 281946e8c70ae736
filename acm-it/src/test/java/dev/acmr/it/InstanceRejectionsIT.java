package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every refused instance request is a 4xx with ONAP's errorDetails, never a 5xx, and writes nothing. */
class InstanceRejectionsIT {

    private static final List<String> NODES = Stack.runtimeUrls();
    private static final RuntimeClient NODE1 = RuntimeClient.authenticated(NODES.get(0));
    private static final RuntimeClient NODE2 = RuntimeClient.authenticated(NODES.get(1));
    private static String primed;
    private static String commissioned;

    @BeforeAll
    static void compositions() {
        primed = Compositions.commission(NODE1, "application/yaml", Compositions.template("yaml", 20000, Compositions.SIM_TYPE));
        Compositions.order(NODE1, primed, "PRIME");
        Compositions.awaitState(NODE2, primed, "PRIMED", "NO_ERROR", Duration.ofSeconds(30));
        commissioned = Compositions.commission(NODE2, "application/yaml", Compositions.template("yaml", 20000, Compositions.SIM_TYPE));
    }

    @AfterAll
    static void cleanUp() {
        Compositions.deleteQuietly(NODE1, primed);
        assertEquals(200, NODE2.delete("/compositions/" + commissioned).statusCode());
    }

    @Test
    void invalidInstancesAre400() {
        assertRejected(post(commissioned, Instances.simPayload(commissioned, JsonValue.EMPTY_JSON_OBJECT)), 400, "");
        assertRejected(post(primed, Instances.simPayload(commissioned, JsonValue.EMPTY_JSON_OBJECT)), 400, "");

        Map<String, JsonObject> onlyStarter = new LinkedHashMap<>();
        onlyStarter.put(Instances.STARTER, JsonValue.EMPTY_JSON_OBJECT);
        assertRejected(post(primed, Instances.payload(primed, onlyStarter)), 400, "");

        Map<String, JsonObject> unknown = new LinkedHashMap<>();
        unknown.put(Instances.STARTER, JsonValue.EMPTY_JSON_OBJECT);
        unknown.put(Instances.BRIDGE, JsonValue.EMPTY_JSON_OBJECT);
        unknown.put("onap.policy.clamp.ac.element.NoSuchElement", JsonValue.EMPTY_JSON_OBJECT);
        assertRejected(post(primed, Instances.payload(primed, unknown)), 400, "");

        assertRejected(NODE1.post("/compositions/" + primed + "/instances", "application/json", "{\"name\": "), 400, "");
        assertRejected(post(UUID.randomUUID().toString(), Instances.simPayload(primed, JsonValue.EMPTY_JSON_OBJECT)), 404, "");
    }

    @Test
    void duplicatesAre400() {
        JsonObject payload = Instances.simPayload(primed, JsonValue.EMPTY_JSON_OBJECT);
        String id = Instances.create(NODE1, primed, payload);
        assertRejected(post(primed, payload), 400, "");

        JsonObject sameElementsNewName = Json.createObjectBuilder(payload).add("name", "other-" + UUID.randomUUID()).build();
        assertRejected(post(primed, sameElementsNewName), 400, "");
        Instances.removeQuietly(NODE2, primed, id);
    }

    @Test
    void ordersNotAllowedInTheStateAre400NamingTheState() {
        String id = Instances.create(NODE2, primed, Instances.simPayload(primed, JsonValue.EMPTY_JSON_OBJECT));
        assertRejected(NODE1.put(Instances.path(primed, id), "{\"lockOrder\":\"LOCK\"}"), 400, "UNDEPLOYED");
        assertRejected(NODE2.put(Instances.path(primed, id), "{\"deployOrder\":\"UNDEPLOY\"}"), 400, "UNDEPLOYED");
        assertRejected(NODE1.put(Instances.path(primed, id), "{\"deployOrder\":\"DANCE\"}"), 400, "");

        Instances.order(NODE1, primed, id, "deployOrder", "DEPLOY");
        Instances.awaitState(NODE2, primed, id, "DEPLOYED", "LOCKED", "NO_ERROR", Duration.ofSeconds(30));
        assertRejected(NODE2.delete(Instances.path(primed, id)), 400, "DEPLOYED");
        assertRejected(NODE1.put(Instances.path(primed, id), "{\"deployOrder\":\"DEPLOY\"}"), 400, "DEPLOYED");
        assertRejected(NODE1.delete("/compositions/" + primed), 400, "");
        Instances.removeQuietly(NODE1, primed, id);
    }

    @Test
    void unknownInstancesAre404() {
        String unknown = UUID.randomUUID().toString();
        assertRejected(NODE1.get(Instances.path(primed, unknown)), 404, unknown);
        assertRejected(NODE2.put(Instances.path(primed, unknown), "{\"deployOrder\":\"DEPLOY\"}"), 404, unknown);
        assertRejected(NODE1.delete(Instances.path(primed, unknown)), 404, unknown);
    }

    private static HttpResponse<String> post(String compositionId, JsonObject payload) {
        return NODE2.post("/compositions/" + compositionId + "/instances", "application/json", payload.toString());
    }

    private static void assertRejected(HttpResponse<String> response, int status, String mentioned) {
        assertEquals(status, response.statusCode(), response.body());
        String details = Compositions.json(response.body()).getString("errorDetails");
        assertTrue(details.contains(mentioned), "errorDetails should mention '" + mentioned + "': " + details);
    }
}
