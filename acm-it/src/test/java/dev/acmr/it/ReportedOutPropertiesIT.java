package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Out-properties pushed through simulator replicas of the replicated participant, on the real stack with both
 * runtime nodes consuming the inbound queue: a replica's pushes end where the replica ended however the two nodes
 * interleave them, and a push the runtime could not read back is refused without harming the instance.
 */
class ReportedOutPropertiesIT {

    private static final Duration ORDER_TIMEOUT = Duration.ofSeconds(40);
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(30);
    private static final int PUSHES = 200;
    private static final List<String> NODES = Stack.runtimeUrls();
    private static final RuntimeClient NODE1 = RuntimeClient.authenticated(NODES.get(0));
    private static final RuntimeClient NODE2 = RuntimeClient.authenticated(NODES.get(1));
    private static String composition;

    private List<SimulatorClient> replicas;
    private String instance;
    private String starter;

    @BeforeAll
    static void primeACompositionOnTheReplicatedParticipant() {
        Replicas.ensureRunning(NODE1);
        composition = Compositions.commission(NODE1, "application/yaml",
                Compositions.template("yaml", 20000, Replicas.TYPE));
        Compositions.order(NODE2, composition, "PRIME");
        Compositions.awaitState(NODE1, composition, "PRIMED", "NO_ERROR", ORDER_TIMEOUT);
    }

    @AfterAll
    static void removeTheComposition() {
        Replicas.ensureRunning(NODE1);
        Compositions.deleteQuietly(NODE1, composition);
    }

    @BeforeEach
    void aDeployedInstance() {
        Replicas.ensureRunning(NODE1);
        replicas = Replicas.clients();
        replicas.forEach(replica -> replica.parameters("{}"));
        instance = Instances.create(NODE1, composition, Instances.simPayload(composition,
                Json.createObjectBuilder().add("baseUrl", "v1").build()));
        Instances.order(NODE2, composition, instance, "deployOrder", "DEPLOY");
        JsonObject deployed = Instances.awaitState(NODE1, composition, instance, "DEPLOYED", "LOCKED", "NO_ERROR",
                ORDER_TIMEOUT);
        starter = elementOf(deployed, Instances.STARTER);
        Replicas.awaitIdentical(replicas, instance, held -> held != null
                && "DEPLOYED".equals(held.getString("deployState")), "deployed");
    }

    @AfterEach
    void removeTheInstance() {
        Instances.removeQuietly(NODE1, composition, instance);
    }

    @Test
    void oneReplicasPushesEndAtItsLastOneOnTheRuntimeAndEveryReplica() {
        SimulatorClient pusher = replicas.get(0);
        for (int value = 1; value <= PUSHES; value++) {
            pusher.pushElementData(instance, starter, Json.createObjectBuilder().add("counter", value).build());
        }

        for (RuntimeClient node : List.of(NODE1, NODE2)) {
            Instances.await(node, composition, instance, held -> counterOf(held) == PUSHES,
                    "holding the last push", SETTLE_TIMEOUT);
        }
        JsonObject copy = Replicas.awaitIdentical(replicas, instance, held -> held != null
                && counterOf(held) == PUSHES, "holding the last push");
        assertEquals(PUSHES, counterOf(copy), copy.toString());
        // Nothing older turns up afterwards: both nodes and every replica still hold the last push.
        Compositions.sleep(2000);
        assertEquals(PUSHES, counterOf(Instances.get(NODE1, composition, instance)));
        assertEquals(PUSHES, counterOf(Instances.get(NODE2, composition, instance)));
        replicas.forEach(replica -> assertEquals(PUSHES, counterOf(Replicas.instanceOn(replica, instance)),
                replica.url()));
    }

    @Test
    void outPropertiesTheRuntimeCouldNotReadBackAreRefusedAndTheInstanceStaysHealthy() {
        SimulatorClient pusher = replicas.get(1 % replicas.size());
        pusher.pushElementData(instance, starter, Json.createObjectBuilder().add("counter", 1).build());
        Instances.await(NODE1, composition, instance, held -> counterOf(held) == 1, "holding the honest push",
                SETTLE_TIMEOUT);

        pushRaw(pusher, tooDeep(120));
        pushRaw(pusher, Json.createObjectBuilder().add("counter", 2).add("name", "a\u0000b").build());

        // Refused: the runtime keeps the honest push, answers GET, and sends it back to every replica.
        JsonObject copy = Replicas.awaitIdentical(replicas, instance, held -> held != null
                && counterOf(held) == 1 && !held.toString().contains("nested"), "the refused pushes dropped");
        assertFalse(copy.toString().contains("\\u0000"), copy.toString());
        for (RuntimeClient node : List.of(NODE1, NODE2)) {
            JsonObject held = Instances.get(node, composition, instance);
            assertEquals(1, counterOf(held), held.toString());
        }

        // Still syncable and orderable: a later honest push reaches everyone, an UNDEPLOY completes.
        pusher.pushElementData(instance, starter, Json.createObjectBuilder().add("counter", 3).build());
        Instances.await(NODE2, composition, instance, held -> counterOf(held) == 3, "holding the later push",
                SETTLE_TIMEOUT);
        Replicas.awaitIdentical(replicas, instance, held -> held != null && counterOf(held) == 3, "later push");
        Instances.order(NODE1, composition, instance, "deployOrder", "UNDEPLOY");
        Instances.awaitState(NODE2, composition, instance, "UNDEPLOYED", "NONE", "NO_ERROR", ORDER_TIMEOUT);
    }

    // The simulator passes what it is given on to the adapter, which sends it; the runtime is the one to refuse.
    private void pushRaw(SimulatorClient pusher, JsonObject outProperties) {
        HttpResponse<String> pushed = pusher.send("PUT", "/datas", Json.createObjectBuilder()
                .add("automationCompositionId", instance).add("automationCompositionElementId", starter)
                .add("useState", "IDLE").add("operationalState", "ENABLED").add("outProperties", outProperties)
                .build().toString());
        assertEquals(200, pushed.statusCode(), pushed.body());
    }

    // An object nested deeper than the runtime's JSON reader accepts (100 levels).
    private static JsonObject tooDeep(int levels) {
        JsonValue value = Json.createValue("leaf");
        for (int level = 1; level < levels; level++) {
            value = Json.createObjectBuilder().add("nested", value).build();
        }
        return Json.createObjectBuilder().add("nested", value).build();
    }

    private int counterOf(JsonObject instanceJson) {
        JsonObject element = instanceJson.getJsonObject("elements").getJsonObject(starter);
        JsonObject outProperties = element == null ? null : element.getJsonObject("outProperties");
        return outProperties == null || !outProperties.containsKey("counter") ? 0 : outProperties.getInt("counter");
    }

    private static String elementOf(JsonObject instanceJson, String definitionName) {
        return instanceJson.getJsonObject("elements").entrySet().stream()
                .filter(e -> e.getValue().asJsonObject().getJsonObject("definition").getString("name")
                        .equals(definitionName))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }
}
