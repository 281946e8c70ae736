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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The instance lifecycle on the real stack, with calls spread over both runtime nodes. */
class InstanceLifecycleIT {

    private static final Duration ORDER_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> NODES = Stack.runtimeUrls();
    private static final RuntimeClient NODE1 = RuntimeClient.authenticated(NODES.get(0));
    private static final RuntimeClient NODE2 = RuntimeClient.authenticated(NODES.get(1));
    private static String composition;

    private final List<SimulatorClient> replicas = Stack.replicasOf(Stack.DEFAULT_PARTICIPANT);

    @BeforeAll
    static void primeAComposition() {
        composition = Compositions.commission(NODE1, "application/yaml",
                Compositions.template("yaml", 20000, Compositions.SIM_TYPE));
        Compositions.order(NODE2, composition, "PRIME");
        Compositions.awaitState(NODE1, composition, "PRIMED", "NO_ERROR", ORDER_TIMEOUT);
    }

    @AfterAll
    static void removeTheComposition() {
        Compositions.deleteQuietly(NODE1, composition);
    }

    @AfterEach
    void restoreSimulatorDefaults() {
        replicas.forEach(replica -> replica.parameters("{}"));
    }

    @Test
    void deployUnlockLockUpdateUndeployDelete() {
        JsonObject payload = Instances.simPayload(composition, Json.createObjectBuilder().add("baseUrl", "v1").build());
        String id = Instances.create(NODE1, composition, payload);
        JsonObject created = Instances.get(NODE2, composition, id);
        assertEquals("UNDEPLOYED", created.getString("deployState"));
        assertEquals("NONE", created.getString("lockState"));

        Instances.order(NODE2, composition, id, "deployOrder", "DEPLOY");
        JsonObject deployed = Instances.awaitState(NODE1, composition, id, "DEPLOYED", "LOCKED", "NO_ERROR", ORDER_TIMEOUT);
        for (JsonValue element : deployed.getJsonObject("elements").values()) {
            assertEquals("DEPLOYED", element.asJsonObject().getJsonObject("outProperties").getString("InternalState"),
                    deployed.toString());
        }

        for (String query : List.of("instanceIds=" + id + "&deployState=DEPLOYED,UNDEPLOYED",
                "participantId=" + Stack.DEFAULT_PARTICIPANT + "&stateChangeResult=NO_ERROR&page=0&size=100")) {
            HttpResponse<String> found = NODE2.get("/instances?" + query);
            assertEquals(200, found.statusCode(), found.body());
            assertTrue(Compositions.json(found.body()).getJsonArray("automationCompositionList").stream()
                    .anyMatch(instance -> instance.asJsonObject().getString("instanceId").equals(id)), query + ": " + found.body());
        }
        HttpResponse<String> none = NODE1.get("/instances?instanceIds=" + id + "&deployState=UNDEPLOYED");
        assertEquals(0, Compositions.json(none.body()).getJsonArray("automationCompositionList").size(), none.body());

        Instances.order(NODE1, composition, id, "lockOrder", "UNLOCK");
        Instances.awaitState(NODE2, composition, id, "DEPLOYED", "UNLOCKED", "NO_ERROR", ORDER_TIMEOUT);
        Instances.order(NODE2, composition, id, "lockOrder", "LOCK");
        Instances.awaitState(NODE1, composition, id, "DEPLOYED", "LOCKED", "NO_ERROR", ORDER_TIMEOUT);

        JsonObject update = updated(payload, id, "v2");
        HttpResponse<String> accepted = NODE1.post("/compositions/" + composition + "/instances", "application/json",
                update.toString());
        assertEquals(200, accepted.statusCode(), accepted.body());
        JsonObject afterUpdate = Instances.await(NODE2, composition, id, instance -> instance.getString("deployState")
                .equals("DEPLOYED") && "v2".equals(starter(instance).getJsonObject("properties").getString("baseUrl", null)),
                "DEPLOYED with the new properties", ORDER_TIMEOUT);
        assertEquals("NO_ERROR", afterUpdate.getString("stateChangeResult"));

        Instances.order(NODE1, composition, id, "deployOrder", "UNDEPLOY");
        Instances.awaitState(NODE2, composition, id, "UNDEPLOYED", "NONE", "NO_ERROR", ORDER_TIMEOUT);
        HttpResponse<String> deleted = NODE2.delete(Instances.path(composition, id));
        assertEquals(202, deleted.statusCode(), deleted.body());
        Instances.awaitGone(NODE1, composition, id, ORDER_TIMEOUT);
    }

    @Test
    void aFailedDeployIsStickyUntilANewOrderSucceeds() {
        String id = Instances.create(NODE2, composition, Instances.simPayload(composition, JsonValue.EMPTY_JSON_OBJECT));
        replicas.forEach(replica -> replica.parameters("{\"deploySuccess\": false, \"deployTimerMs\": 100}"));
        Instances.order(NODE1, composition, id, "deployOrder", "DEPLOY");
        Instances.awaitState(NODE2, composition, id, "DEPLOYING", "NONE", "FAILED", ORDER_TIMEOUT);

        replicas.forEach(replica -> replica.parameters("{}"));
        Instances.order(NODE2, composition, id, "deployOrder", "DEPLOY");
        Instances.awaitState(NODE1, composition, id, "DEPLOYED", "LOCKED", "NO_ERROR", ORDER_TIMEOUT);
        Instances.removeQuietly(NODE1, composition, id);
    }

    @Test
    void aSlowDeployShowsItsTransitionalState() {
        String id = Instances.create(NODE1, composition, Instances.simPayload(composition, JsonValue.EMPTY_JSON_OBJECT));
        replicas.forEach(replica -> replica.parameters("{\"deployTimerMs\": 3000}"));
        Instances.order(NODE1, composition, id, "deployOrder", "DEPLOY");
        assertEquals("DEPLOYING", Instances.get(NODE2, composition, id).getString("deployState"));
        Instances.awaitState(NODE2, composition, id, "DEPLOYED", "LOCKED", "NO_ERROR", ORDER_TIMEOUT);
        Instances.removeQuietly(NODE2, composition, id);
    }

    @Test
    void aDeployWithoutAcksInTimeIsMarkedTimeoutWithinASecondOfItsDeadline() {
        long timeoutMs = 2000;
        String id = Instances.create(NODE2, composition, Instances.simPayload(composition,
                Json.createObjectBuilder().add("deployTimeoutMs", timeoutMs).build()));
        replicas.forEach(replica -> replica.parameters("{\"deployTimerMs\": 8000}"));
        long ordered = System.nanoTime();
        Instances.order(NODE2, composition, id, "deployOrder", "DEPLOY");
        Instances.awaitState(NODE1, composition, id, "DEPLOYING", "NONE", "TIMEOUT", Duration.ofMillis(timeoutMs + 3000));
        long detectedMs = Duration.ofNanos(System.nanoTime() - ordered).toMillis();
        System.out.printf("deploy timeout of %d ms detected after %d ms%n", timeoutMs, detectedMs);
        assertTrue(detectedMs >= timeoutMs, "not before the deadline: " + detectedMs);
        Instances.awaitState(NODE1, composition, id, "DEPLOYED", "LOCKED", "NO_ERROR", Duration.ofSeconds(30));
        Instances.removeQuietly(NODE2, composition, id);
    }

    private static JsonObject starter(JsonObject instance) {
        return instance.getJsonObject("elements").values().stream().map(JsonValue::asJsonObject)
                .filter(element -> element.getJsonObject("definition").getString("name").equals(Instances.STARTER))
                .findFirst().orElseThrow();
    }

    /** The same instance with the starter's baseUrl changed, as ONAP's update: the create payload plus instanceId. */
    private static JsonObject updated(JsonObject payload, String instanceId, String baseUrl) {
        var elements = Json.createObjectBuilder();
        payload.getJsonObject("elements").forEach((id, element) -> {
            JsonObject value = element.asJsonObject();
            if (value.getJsonObject("definition").getString("name").equals(Instances.STARTER)) {
                value = Json.createObjectBuilder(value)
                        .add("properties", Json.createObjectBuilder().add("baseUrl", baseUrl)).build();
            }
            elements.add(id, value);
        });
        return Json.createObjectBuilder(payload).add("instanceId", instanceId).add("elements", elements).build();
    }

    /**
     * An UNDEPLOY after a DEPLOY that FAILED calls the participant for every element, as ONAP does: a participant
     * that left half-made resources behind must get its undeploy call. Before, the instance went UNDEPLOYED at once
     * and no listener ran, because the failed elements were already UNDEPLOYED.
     */
    @Test
    void anUndeployAfterAFailedDeployReachesEveryElement() {
        replicas.forEach(replica -> replica.parameters("{\"deploySuccess\": false, \"deployTimerMs\": 10}"));
        JsonObject payload = Instances.simPayload(composition, Json.createObjectBuilder().add("baseUrl", "v1").build());
        String instance = Instances.create(NODE1, composition, payload);
        Set<String> elements = payload.getJsonObject("elements").keySet();
        try {
            Instances.order(NODE2, composition, instance, "deployOrder", "DEPLOY");
            Instances.await(NODE1, composition, instance, i -> "FAILED".equals(i.getString("stateChangeResult")),
                    "deploy FAILED", ORDER_TIMEOUT);

            replicas.forEach(replica -> replica.parameters("{\"undeployTimerMs\": 1500}"));
            Instances.order(NODE1, composition, instance, "deployOrder", "UNDEPLOY");
            JsonObject undeploying = Instances.get(NODE2, composition, instance);
            assertEquals("UNDEPLOYING", undeploying.getString("deployState"),
                    "the undeploy runs on the participant instead of completing at once: " + undeploying);
            Instances.awaitState(NODE2, composition, instance, "UNDEPLOYED", "NONE", "NO_ERROR", ORDER_TIMEOUT);

            Set<String> undeployed = replicas.stream().flatMap(replica -> replica.executions().stream())
                    .filter(call -> instance.equals(call.getString("instanceId", null)))
                    .filter(call -> "UNDEPLOY".equalsIgnoreCase(call.getString("operation", "")))
                    .map(call -> call.getString("elementId"))
                    .collect(Collectors.toSet());
            assertEquals(elements, undeployed, "every element's undeploy ran on a replica");
            assertTrue(Instances.get(NODE1, composition, instance).getJsonObject("elements").values().stream()
                    .allMatch(e -> "UNDEPLOYED".equals(e.asJsonObject().getString("deployState"))));
        } finally {
            Instances.removeQuietly(NODE1, composition, instance);
        }
    }
}
