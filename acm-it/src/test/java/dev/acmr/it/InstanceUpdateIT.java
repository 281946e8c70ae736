package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ONAP's update semantics: a DEPLOYED instance merges the new properties into the stored ones (keys left out are
 * kept, at any depth); an UNDEPLOYED instance may change its name, version and description and add or remove
 * elements, as long as it still fits its composition.
 */
class InstanceUpdateIT {

    private static final RuntimeClient NODE1 = RuntimeClient.authenticated(Stack.runtimeUrls().get(0));
    private static final RuntimeClient NODE2 = RuntimeClient.authenticated(Stack.runtimeUrls().get(1));
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static String composition;

    @BeforeAll
    static void primedComposition() {
        composition = Compositions.commission(NODE1, "application/yaml",
                Compositions.template("yaml", 20000, Compositions.SIM_TYPE));
        Compositions.order(NODE1, composition, "PRIME");
        Compositions.awaitState(NODE2, composition, "PRIMED", "NO_ERROR", WAIT);
    }

    @AfterAll
    static void cleanUp() {
        Compositions.deleteQuietly(NODE1, composition);
    }

    @Test
    void aDeployedInstanceMergesTheNewPropertiesIntoTheStoredOnes() {
        JsonObject starter = Json.createObjectBuilder().add("baseUrl", "http://127.0.0.1:1/starter")
                .add("nested", Json.createObjectBuilder().add("keep", "k").add("change", "c")).build();
        String instance = Instances.create(NODE1, composition, Instances.simPayload(composition, starter));
        try {
            Instances.order(NODE2, composition, instance, "deployOrder", "DEPLOY");
            JsonObject deployed = Instances.awaitState(NODE1, composition, instance, "DEPLOYED", "LOCKED", "NO_ERROR",
                    WAIT);
            String starterId = elementId(deployed, Instances.STARTER);
            JsonObject bridgeBefore = element(deployed, Instances.BRIDGE).getJsonObject("properties");

            HttpResponse<String> updated = NODE2.post("/compositions/" + composition + "/instances", "application/json",
                    update(instance, starterId, Json.createObjectBuilder()
                            .add("nested", Json.createObjectBuilder().add("change", "d").add("added", 1))).toString());
            assertEquals(200, updated.statusCode(), updated.body());
            JsonObject after = Instances.awaitState(NODE1, composition, instance, "DEPLOYED", "LOCKED", "NO_ERROR",
                    WAIT);

            assertEquals(Json.createObjectBuilder().add("baseUrl", "http://127.0.0.1:1/starter")
                    .add("nested", Json.createObjectBuilder().add("keep", "k").add("change", "d").add("added", 1))
                    .build(), element(after, Instances.STARTER).getJsonObject("properties"));
            assertEquals(bridgeBefore, element(after, Instances.BRIDGE).getJsonObject("properties"),
                    "an element left out of the update keeps its properties");
        } finally {
            Instances.removeQuietly(NODE1, composition, instance);
        }
    }

    @Test
    void anUndeployedInstanceMayBeRenamedAndChangeItsElements() {
        String instance = Instances.create(NODE1, composition,
                Instances.simPayload(composition, JsonValue.EMPTY_JSON_OBJECT));
        try {
            JsonObject created = Instances.get(NODE1, composition, instance);
            String starterId = elementId(created, Instances.STARTER);
            String oldBridgeId = elementId(created, Instances.BRIDGE);
            String newBridgeId = UUID.randomUUID().toString();
            String name = "renamed-" + UUID.randomUUID();

            JsonObject redefined = Json.createObjectBuilder()
                    .add("instanceId", instance).add("compositionId", composition)
                    .add("name", name).add("version", "2.0.0").add("description", "redefined")
                    .add("elements", Json.createObjectBuilder()
                            .add(starterId, Json.createObjectBuilder().add("id", starterId)
                                    .add("properties", Json.createObjectBuilder().add("only", "this")))
                            .add(newBridgeId, Json.createObjectBuilder().add("id", newBridgeId)
                                    .add("definition", Json.createObjectBuilder().add("name", Instances.BRIDGE)
                                            .add("version", "1.2.3"))
                                    .add("properties", JsonValue.EMPTY_JSON_OBJECT)))
                    .build();
            HttpResponse<String> updated = NODE2.post("/compositions/" + composition + "/instances", "application/json",
                    redefined.toString());
            assertEquals(200, updated.statusCode(), updated.body());
            assertEquals(name, Compositions.json(updated.body()).getJsonObject("affectedAutomationComposition")
                    .getString("name"));

            JsonObject after = Instances.get(NODE1, composition, instance);
            assertEquals(name, after.getString("name"));
            assertEquals("2.0.0", after.getString("version"));
            assertEquals("redefined", after.getString("description"));
            assertEquals(Set.of(starterId, newBridgeId), after.getJsonObject("elements").keySet(),
                    "the old bridge " + oldBridgeId + " is removed, the new one added");
            assertEquals(Json.createObjectBuilder().add("only", "this").build(),
                    element(after, Instances.STARTER).getJsonObject("properties"), "replaced, not merged");

            Instances.order(NODE2, composition, instance, "deployOrder", "DEPLOY");
            Instances.awaitState(NODE1, composition, instance, "DEPLOYED", "LOCKED", "NO_ERROR", WAIT);
        } finally {
            Instances.removeQuietly(NODE1, composition, instance);
        }
    }

    @Test
    void anUndeployedUpdateThatNoLongerFitsTheCompositionChangesNothing() {
        String instance = Instances.create(NODE1, composition,
                Instances.simPayload(composition, JsonValue.EMPTY_JSON_OBJECT));
        try {
            JsonObject before = Instances.get(NODE1, composition, instance);
            String starterId = elementId(before, Instances.STARTER);
            HttpResponse<String> refused = NODE2.post("/compositions/" + composition + "/instances", "application/json",
                    update(instance, starterId, Json.createObjectBuilder().add("x", 1)).toString());
            assertEquals(400, refused.statusCode(), "the bridge would have no element: " + refused.body());
            assertTrue(Compositions.json(refused.body()).getString("errorDetails").contains(Instances.BRIDGE),
                    refused.body());
            JsonObject after = Instances.get(NODE1, composition, instance);
            assertEquals(before.getJsonObject("elements"), after.getJsonObject("elements"));
            assertEquals(before.getString("name"), after.getString("name"));
        } finally {
            Instances.removeQuietly(NODE1, composition, instance);
        }
    }

    private static JsonObject update(String instance, String elementId,
            jakarta.json.JsonObjectBuilder properties) {
        return Json.createObjectBuilder().add("instanceId", instance).add("compositionId", composition)
                .add("elements", Json.createObjectBuilder().add(elementId, Json.createObjectBuilder()
                        .add("id", elementId).add("properties", properties)))
                .build();
    }

    private static String elementId(JsonObject instance, String definition) {
        return element(instance, definition).getString("id");
    }

    private static JsonObject element(JsonObject instance, String definition) {
        return instance.getJsonObject("elements").values().stream().map(JsonValue::asJsonObject)
                .filter(element -> element.getJsonObject("definition").getString("name").equals(definition))
                .findFirst().orElseThrow(() -> new AssertionError("no " + definition + " in " + instance));
    }
}
