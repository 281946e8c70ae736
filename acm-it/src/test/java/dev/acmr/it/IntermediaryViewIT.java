package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
import dev.acmr.client.stack.Replica;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The participant API's read side on the real stack (issue 11): the simulator's {@code /instances/{id}} and
 * {@code /compositiondatas} read through ONAP's intermediary API ({@code getAutomationComposition},
 * {@code findCompositions}) from the replica's synced view. A replica that ran neither the deploy nor the update of an
 * instance (the dispatch log says which replica ran what) reads it with its states, each element's states, the
 * updated properties and the out-properties another replica reported; and composition out-properties reported with
 * the prime outcome reach the runtime and every replica.
 */
class IntermediaryViewIT {

    private static final Duration ORDER_TIMEOUT = Duration.ofSeconds(40);
    /** The replication bound: every replica holds a change within 2 s of it. */
    private static final Duration SYNC_BOUND = Duration.ofSeconds(2);
    private static final List<String> NODES = Stack.runtimeUrls();
    private static final RuntimeClient NODE1 = RuntimeClient.authenticated(NODES.get(0));
    private static final RuntimeClient NODE2 = RuntimeClient.authenticated(NODES.get(1));
    private static String composition;

    private List<SimulatorClient> replicas;

    @BeforeAll
    static void primeACompositionOnTheReplicatedParticipant() {
        Replicas.ensureRunning(NODE1);
        Replicas.clients().forEach(replica -> replica.parameters("{}"));
        composition = Compositions.commission(NODE1, "application/yaml",
                Compositions.template("yaml", 20000, Replicas.TYPE));
        Compositions.order(NODE2, composition, "PRIME");
        Compositions.awaitState(NODE1, composition, "PRIMED", "NO_ERROR", ORDER_TIMEOUT);
    }

    @AfterAll
    static void removeTheComposition() {
        Compositions.deleteQuietly(NODE1, composition);
    }

    @BeforeEach
    void replicasAtDefaults() {
        Replicas.ensureRunning(NODE1);
        replicas = Replicas.clients();
        replicas.forEach(replica -> replica.parameters("{}"));
    }

    @Test
    void aReplicaReadsThroughTheIntermediaryAnInstanceOthersDeployedAndUpdated() {
        JsonObject payload = Instances.simPayload(composition, Json.createObjectBuilder().add("baseUrl", "v1").build());
        String id = Instances.create(NODE1, composition, payload);
        try {
            Instances.order(NODE2, composition, id, "deployOrder", "DEPLOY");
            Instances.awaitState(NODE1, composition, id, "DEPLOYED", "LOCKED", "NO_ERROR", ORDER_TIMEOUT);
            HttpResponse<String> updated = NODE2.post("/compositions/" + composition + "/instances",
                    "application/json", withStarterProperty(payload, id, "v2").toString());
            assertEquals(200, updated.statusCode(), updated.body());
            JsonObject onRuntime = Instances.await(NODE1, composition, id,
                    instance -> "DEPLOYED".equals(instance.getString("deployState"))
                            && "NO_ERROR".equals(instance.getString("stateChangeResult"))
                            && instance.toString().contains("\"v2\""), "updated", ORDER_TIMEOUT);

            Map<String, Set<String>> ranBy = ranBy(id);
            Set<String> deployedBy = ranBy.getOrDefault("DEPLOY", Set.of());
            Set<String> updatedBy = ranBy.getOrDefault("UPDATE", Set.of());
            assertFalse(deployedBy.isEmpty() || updatedBy.isEmpty(), "dispatch log: " + ranBy);
            SimulatorClient reader = reader(deployedBy, updatedBy);

            JsonObject held = awaitOn(reader, id, copy -> copy != null && copy.toString().contains("\"v2\"")
                    && "DEPLOYED".equals(copy.getString("deployState")));
            assertEquals("LOCKED", held.getString("lockState"), held.toString());
            assertEquals("NO_ERROR", held.getString("stateChangeResult"), held.toString());
            assertEquals(composition, held.getString("compositionId"));
            for (Map.Entry<String, JsonValue> entry : onRuntime.getJsonObject("elements").entrySet()) {
                JsonObject runtimeElement = entry.getValue().asJsonObject();
                JsonObject element = held.getJsonObject("elements").getJsonObject(entry.getKey());
                assertNotNull(element, "element " + entry.getKey() + " held by " + reader.url());
                assertEquals("DEPLOYED", element.getString("deployState"), element.toString());
                assertEquals("LOCKED", element.getString("lockState"), element.toString());
                assertEquals(runtimeElement.getJsonObject("definition").getString("name"),
                        element.getJsonObject("definition").getString("name"));
                assertEquals(runtimeElement.getJsonObject("properties"), element.getJsonObject("properties"));
                assertEquals(runtimeElement.getJsonObject("outProperties"), element.getJsonObject("outProperties"),
                        "out-properties reported by another replica, as the runtime holds them");
                assertEquals("DEPLOYED", element.getJsonObject("outProperties").getString("InternalState"),
                        "the simulator's final InternalState, as ONAP's conformance checks read it");
                assertEquals("DEPLOYED", runtimeElement.getJsonObject("outProperties").getString("InternalState"));
            }
            assertTrue(reader.executions().stream().noneMatch(call -> id.equals(call.getString("instanceId", null))
                    && "update".equals(call.getString("operation"))),
                    "the reader never ran the update, it only synced it: " + reader.url());
            assertDatasAgree(reader, id, held);
        } finally {
            Instances.removeQuietly(NODE1, composition, id);
        }
    }

    @Test
    void compositionOutPropertiesReportedWithThePrimeReachTheRuntimeAndEveryReplica() {
        JsonObject definition = Compositions.get(NODE2, composition);
        Map<String, JsonObject> elements = definition.getJsonObject("elementStateMap").values().stream()
                .map(JsonValue::asJsonObject)
                .filter(element -> element.containsKey("outProperties"))
                .collect(Collectors.toMap(element -> element.getJsonObject("nodeTemplateId").getString("name"),
                        element -> element));
        assertFalse(elements.isEmpty(), definition.toString());
        elements.forEach((name, element) -> assertEquals("PRIMED",
                element.getJsonObject("outProperties").getString("InternalState", null),
                "out-properties of " + name + " stored with the prime ack: " + element));

        for (SimulatorClient replica : replicas) {
            long deadline = System.nanoTime() + SYNC_BOUND.toNanos();
            List<JsonObject> held = compositionDatas(replica);
            while (!(held.size() == elements.size() && held.stream().allMatch(data ->
                    "PRIMED".equals(data.getJsonObject("outProperties").getString("InternalState", null))))) {
                assertTrue(System.nanoTime() < deadline, replica.url() + " holds " + held);
                Compositions.sleep(20);
                held = compositionDatas(replica);
            }
        }
    }

    /** A replica that did not run the update, and if there is one, ran no deploy either. */
    private SimulatorClient reader(Set<String> deployedBy, Set<String> updatedBy) {
        List<Replica> launcher = Replicas.launcherView();
        Predicate<Replica> notUpdater = replica -> !updatedBy.contains(replica.replicaId());
        Replica chosen = launcher.stream().filter(notUpdater)
                .filter(replica -> !deployedBy.contains(replica.replicaId())).findFirst()
                .orElseGet(() -> launcher.stream().filter(notUpdater).findFirst().orElseThrow(() ->
                        new AssertionError("every replica ran the update: " + updatedBy)));
        return Replicas.client(chosen);
    }

    /** Operation (DEPLOY, UPDATE, ...) to the replicas the runtime dispatched it to, from the dispatch log. */
    private static Map<String, Set<String>> ranBy(String instanceId) {
        HttpResponse<String> response = NODE1.get(Instances.path(composition, instanceId) + "/dispatches");
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(dispatch -> dispatch.getString("operation"),
                        Collectors.mapping(dispatch -> dispatch.getString("replicaId"), Collectors.toSet())));
    }

    private static JsonObject awaitOn(SimulatorClient replica, String instanceId, Predicate<JsonObject> condition) {
        long deadline = System.nanoTime() + SYNC_BOUND.toNanos();
        JsonObject copy = Replicas.instanceOn(replica, instanceId);
        while (!condition.test(copy)) {
            assertTrue(System.nanoTime() < deadline, replica.url() + " holds " + copy);
            Compositions.sleep(20);
            copy = Replicas.instanceOn(replica, instanceId);
        }
        return copy;
    }

    /** {@code /datas} reads the same view: one entry per element with the same out-properties. */
    private static void assertDatasAgree(SimulatorClient replica, String instanceId, JsonObject held) {
        HttpResponse<String> response = replica.send("GET", "/datas", null);
        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> datas = Compositions.json(response.body()).getJsonArray("list").getValuesAs(JsonObject.class)
                .stream().filter(data -> instanceId.equals(data.getString("automationCompositionId"))).toList();
        assertEquals(held.getJsonObject("elements").size(), datas.size(), datas.toString());
        for (JsonObject data : datas) {
            JsonObject element = held.getJsonObject("elements")
                    .getJsonObject(data.getString("automationCompositionElementId"));
            assertEquals(element.getJsonObject("outProperties"), data.getJsonObject("outProperties"));
        }
    }

    private static List<JsonObject> compositionDatas(SimulatorClient replica) {
        return replica.compositionDatas().getJsonArray("list").getValuesAs(JsonObject.class).stream()
                .filter(data -> composition.equals(data.getString("compositionId"))).toList();
    }

    private static JsonObject withStarterProperty(JsonObject payload, String instanceId, String value) {
        var elements = Json.createObjectBuilder();
        payload.getJsonObject("elements").forEach((key, element) -> {
            JsonObject e = element.asJsonObject();
            boolean starter = e.getJsonObject("definition").getString("name").equals(Instances.STARTER);
            elements.add(key, starter ? Json.createObjectBuilder(e).add("properties",
                    Json.createObjectBuilder().add("baseUrl", value)).build() : e);
        });
        return Json.createObjectBuilder(payload).add("instanceId", instanceId).add("elements", elements).build();
    }
}
