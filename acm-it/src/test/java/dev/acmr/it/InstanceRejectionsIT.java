package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
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

/**
 * Every refused instance request is a 4xx with ONAP's errorDetails, never a 5xx, and writes nothing; the refusals of
 * migration and rollback use ONAP's texts.
 */
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

    /**
     * Creations share the composition's lock, so drafts racing with one name and version (or one element id) meet
     * only at the unique keys: exactly one is stored, the others are 400, never 500.
     */
    @Test
    void racingDuplicatesStoreOneAndRefuseTheRest() throws Exception {
        JsonObject payload = Instances.simPayload(primed, JsonValue.EMPTY_JSON_OBJECT);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                RuntimeClient node = i % 2 == 0 ? NODE1 : NODE2;
                answers.add(pool.submit(() -> node.post("/compositions/" + primed + "/instances", "application/json",
                        payload.toString())));
            }
            List<HttpResponse<String>> responses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            List<HttpResponse<String>> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
            assertEquals(1, created.size(), () -> "one creation stored: " + responses.stream()
                    .map(r -> r.statusCode() + " " + r.body()).toList());
            responses.stream().filter(r -> r.statusCode() != 201).forEach(r -> assertRejected(r, 400, ""));
            Instances.removeQuietly(NODE1, primed, Compositions.json(created.get(0).body()).getString("instanceId"));
        } finally {
            pool.shutdownNow();
        }
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

    @Test
    void migrationAndRollbackRefusalsAre4xx() {
        JsonObject payload = Instances.simPayload(primed, JsonValue.EMPTY_JSON_OBJECT);
        String id = Instances.create(NODE1, primed, payload);
        String target = Compositions.commission(NODE2, "application/yaml",
                Compositions.template("yaml", 20000, Compositions.SIM_TYPE));
        List<SimulatorClient> sim1 = Stack.replicasOf(Stack.DEFAULT_PARTICIPANT);
        try {
            Compositions.order(NODE1, target, "PRIME");
            Compositions.awaitState(NODE2, target, "PRIMED", "NO_ERROR", Duration.ofSeconds(30));
            Instances.order(NODE1, primed, id, "deployOrder", "DEPLOY");
            Instances.awaitState(NODE2, primed, id, "DEPLOYED", "LOCKED", "NO_ERROR", Duration.ofSeconds(30));

            assertRejected(post(primed, migration(payload, id, commissioned)), 400, commissioned);
            String unknown = UUID.randomUUID().toString();
            assertRejected(post(primed, migration(payload, id, unknown)), 404, unknown);
            assertRejected(NODE1.rollback(primed, id), 400, "Invalid state for rollback, Ac Instance is DEPLOYED");
            JsonObject unchanged = Instances.get(NODE2, primed, id);
            assertEquals(primed, unchanged.getString("compositionId"), unchanged.toString());
            assertEquals(JsonValue.NULL, unchanged.getOrDefault("compositionTargetId", JsonValue.NULL),
                    unchanged.toString());
            assertEquals("DEPLOYED", unchanged.getString("deployState"), unchanged.toString());
            assertEquals("NO_ERROR", unchanged.getString("stateChangeResult"), unchanged.toString());

            sim1.forEach(replica -> replica.parameters("{\"migrateTimerMs\": 10000}"));
            HttpResponse<String> accepted = post(primed, migration(payload, id, target));
            assertEquals(200, accepted.statusCode(), accepted.body());
            Instances.await(NODE1, primed, id, instance -> "MIGRATING".equals(instance.getString("deployState")),
                    "MIGRATING", Duration.ofSeconds(5));
            JsonObject viaTarget = Instances.get(NODE2, target, id);
            assertEquals(target, viaTarget.getString("compositionTargetId"), viaTarget.toString());
            viaTarget.getJsonObject("elements").values().forEach(element -> assertEquals("DEFAULT",
                    element.asJsonObject().getString("migrationState"), "an element kept by the migration: " + element));
            assertRejected(NODE1.put("/compositions/" + target, "{\"primeOrder\":\"DEPRIME\"}"), 400,
                    "This compositionId is referenced as a targetCompositionId in the instance table.");
            Instances.awaitState(NODE2, target, id, "DEPLOYED", "LOCKED", "NO_ERROR", Duration.ofSeconds(60));
            JsonObject migrated = Instances.get(NODE1, target, id);
            assertEquals(target, migrated.getString("compositionId"), migrated.toString());
            assertEquals(JsonValue.NULL, migrated.getOrDefault("compositionTargetId", JsonValue.NULL),
                    "the target is cleared once migrated: " + migrated);
        } finally {
            sim1.forEach(replica -> replica.parameters("{}"));
            String current = NODE1.get(Instances.path(target, id)).statusCode() == 200 ? target : primed;
            Instances.removeQuietly(NODE1, current, id);
            Compositions.deleteQuietly(NODE2, target);
        }
    }

    /** The POST of a migration: the instance as created, with its id and the target composition. */
    private static JsonObject migration(JsonObject created, String instanceId, String targetId) {
        return Json.createObjectBuilder(created).add("instanceId", instanceId).add("compositionTargetId", targetId)
                .build();
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
