package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
import dev.acmr.client.stack.Replica;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * True replicas on the real stack: one participant with three simulator replicas (separate Payara Micro processes).
 * Operations spread over the replicas, every replica holds the same data after every change, out-properties pushed
 * through one replica reach the others, a replica killed mid-operation hands its work over, a restarted replica
 * catches up and is selected again, a drained one is not, and with no replica left orders get 409.
 */
class ParticipantReplicationIT {

    private static final Duration ORDER_TIMEOUT = Duration.ofSeconds(40);
    private static final List<String> NODES = Stack.runtimeUrls();
    private static final RuntimeClient NODE1 = RuntimeClient.authenticated(NODES.get(0));
    private static final RuntimeClient NODE2 = RuntimeClient.authenticated(NODES.get(1));
    private static String composition;

    private List<SimulatorClient> replicas;

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
    void replicasAtDefaults() {
        Replicas.ensureRunning(NODE1);
        replicas = Replicas.clients();
        replicas.forEach(replica -> replica.parameters("{}"));
    }

    @AfterEach
    void undrainEveryone() {
        Replicas.launcherView().forEach(replica -> NODE1.delete("/participants/" + Replicas.PARTICIPANT
                + "/replicas/" + replica.replicaId() + "/drain"));
    }

    @Test
    void operationsRunOnDifferentReplicasAndEveryReplicaHoldsTheSameData() {
        JsonObject payload = Instances.simPayload(composition, Json.createObjectBuilder().add("baseUrl", "v1").build());
        String id = Instances.create(NODE1, composition, payload);
        try {
            lifecycleOnThreeReplicas(payload, id);
        } finally {
            Instances.removeQuietly(NODE1, composition, id);
        }
    }

    private void lifecycleOnThreeReplicas(JsonObject payload, String id) {
        Instances.order(NODE2, composition, id, "deployOrder", "DEPLOY");
        JsonObject deployed = Instances.awaitState(NODE1, composition, id, "DEPLOYED", "LOCKED", "NO_ERROR", ORDER_TIMEOUT);
        JsonObject copy = Replicas.awaitIdentical(replicas, id, held -> held != null
                && "DEPLOYED".equals(held.getString("deployState")), "deployed");
        assertSameOutProperties(deployed, copy);

        HttpResponse<String> updated = NODE2.post("/compositions/" + composition + "/instances", "application/json",
                withStarterProperty(payload, id, "v2").toString());
        assertEquals(200, updated.statusCode(), updated.body());
        Instances.await(NODE1, composition, id, instance -> "DEPLOYED".equals(instance.getString("deployState"))
                && "NO_ERROR".equals(instance.getString("stateChangeResult"))
                && instance.toString().contains("\"v2\""), "updated", ORDER_TIMEOUT);
        Replicas.awaitIdentical(replicas, id, held -> held != null && held.toString().contains("\"v2\""), "updated");

        String starter = elementOf(deployed, Instances.STARTER);
        HttpResponse<String> pushed = replicas.get(0).send("PUT", "/datas", Json.createObjectBuilder()
                .add("automationCompositionId", id).add("automationCompositionElementId", starter).add("useState", "IDLE").add("operationalState", "ENABLED")
                .add("outProperties", Json.createObjectBuilder().add("pushedBy", replicas.get(0).url())).build()
                .toString());
        assertEquals(200, pushed.statusCode(), pushed.body());
        Replicas.awaitIdentical(replicas, id, held -> held != null && held.toString().contains("pushedBy"),
                "out-properties pushed through one replica");
        JsonObject viaRuntime = Instances.await(NODE2, composition, id, instance -> instance.toString()
                .contains("pushedBy"), "pushed out-properties through the runtime", Duration.ofSeconds(2));
        JsonObject element = viaRuntime.getJsonObject("elements").getJsonObject(starter);
        assertEquals("IDLE", element.getString("useState"), element.toString());
        assertEquals("ENABLED", element.getString("operationalState"), element.toString());

        Instances.order(NODE1, composition, id, "deployOrder", "UNDEPLOY");
        Instances.awaitState(NODE2, composition, id, "UNDEPLOYED", "NONE", "NO_ERROR", ORDER_TIMEOUT);
        Replicas.awaitIdentical(replicas, id, held -> held != null
                && "UNDEPLOYED".equals(held.getString("deployState")), "undeployed");
        List<String> dispatched = Replicas.dispatchedReplicas(NODE1, composition, id);

        assertEquals(202, NODE2.delete(Instances.path(composition, id)).statusCode());
        Instances.awaitGone(NODE1, composition, id, ORDER_TIMEOUT);
        Replicas.awaitIdentical(replicas, id, held -> held == null, "deleted everywhere");

        Map<String, Set<String>> ran = Replicas.whoRan(replicas, id);
        Set<String> all = Replicas.launcherView().stream().map(Replica::replicaId).collect(Collectors.toSet());
        Set<String> used = ran.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        assertEquals(all, used, "deploy, update, undeploy and delete ran on all three replicas: " + ran);
        assertEquals(Set.of("deploy", "update", "undeploy", "delete"), ran.keySet(), ran.toString());
        assertTrue(ran.get("deploy").size() > 1 || !ran.get("deploy").equals(ran.get("update")),
                "consecutive operations went to different replicas: " + ran);
        Map<String, Long> perReplica = dispatched.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        assertEquals(3, perReplica.size(), "round robin spread the dispatches over every replica: " + perReplica);
        long most = perReplica.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long least = perReplica.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertTrue(most - least <= 1, "round robin spreads evenly: " + perReplica);
        assertEachCallOnce(id);
    }

    @Test
    void aReplicaKilledMidDeployHandsTheDeployToAnotherAndCatchesUpAfterRestart() {
        replicas.forEach(replica -> replica.parameters("{\"deployTimerMs\":8000}"));
        String id = Instances.create(NODE1, composition, Instances.simPayload(composition,
                Json.createObjectBuilder().add("baseUrl", "v1").build()));
        // The processes are looked up before the order, so that the kill follows the sight of the running call at
        // once (asking the launcher takes seconds on a loaded machine, and the deploy could finish meanwhile).
        List<Replica> processes = Replicas.launcherView();
        Instances.order(NODE2, composition, id, "deployOrder", "DEPLOY");

        JsonObject running = awaitRunningCall(id, "deploy");
        String victim = running.getString("replicaId");
        Replica victimProcess = processes.stream()
                .filter(replica -> replica.replicaId().equals(victim)).findFirst().orElseThrow();
        Stack.signal(victimProcess.pid(), "KILL");

        JsonObject deployed = Instances.await(NODE1, composition, id,
                instance -> !"DEPLOYING".equals(instance.getString("deployState"))
                        || !"NO_ERROR".equals(instance.getString("stateChangeResult")), "the deploy ends",
                ORDER_TIMEOUT);
        assertEquals("DEPLOYED", deployed.getString("deployState"), deployed.toString());
        assertEquals("NO_ERROR", deployed.getString("stateChangeResult"), deployed.toString());
        List<SimulatorClient> survivors = Replicas.launcherView().stream()
                .filter(replica -> !replica.replicaId().equals(victim)).map(Replicas::client).toList();
        String element = running.getString("elementId");
        assertTrue(survivors.stream().flatMap(replica -> replica.executions().stream())
                .anyMatch(call -> "deploy".equals(call.getString("operation"))
                        && element.equals(call.getString("elementId", null))),
                "another replica ran the deploy of element " + element);

        Stack.ensureUp();
        Replicas.ensureRunning(NODE1);
        replicas = Replicas.clients();
        Replicas.awaitIdentical(replicas, id, held -> held != null
                && "DEPLOYED".equals(held.getString("deployState")), "restarted replica caught up");
        replicas.forEach(replica -> replica.parameters("{}"));
        int before = Replicas.dispatchedReplicas(NODE1, composition, id).size();
        for (String[] order : new String[][] {{"UNDEPLOY", "UNDEPLOYED"}, {"DEPLOY", "DEPLOYED"},
            {"UNDEPLOY", "UNDEPLOYED"}}) {
            Instances.order(NODE2, composition, id, "deployOrder", order[0]);
            Instances.awaitState(NODE1, composition, id, order[1], order[1].equals("DEPLOYED") ? "LOCKED" : "NONE",
                    "NO_ERROR", ORDER_TIMEOUT);
        }
        List<String> after = Replicas.dispatchedReplicas(NODE1, composition, id);
        assertTrue(after.subList(0, after.size() - before).contains(victim),
                "the restarted replica is selected again: " + after);
        Instances.removeQuietly(NODE1, composition, id);
    }

    @Test
    void aDrainedReplicaIsNeverSelectedUntilUndrained() {
        String drained = Replicas.launcherView().get(1).replicaId();
        HttpResponse<String> drain = NODE2.put("/participants/" + Replicas.PARTICIPANT + "/replicas/" + drained
                + "/drain", "");
        assertEquals(200, drain.statusCode(), drain.body());
        JsonObject shown = Replicas.runtimeView(NODE1).stream()
                .filter(replica -> replica.getString("replicaId").equals(drained)).findFirst().orElseThrow();
        assertTrue(shown.getBoolean("drained"), shown.toString());
        assertFalse(shown.getBoolean("selectable"), shown.toString());

        String id = Instances.create(NODE1, composition, Instances.simPayload(composition,
                Json.createObjectBuilder().add("baseUrl", "v1").build()));
        cycle(id, 2);
        List<String> whileDrained = Replicas.dispatchedReplicas(NODE1, composition, id);
        assertFalse(whileDrained.contains(drained), "a drained replica is given nothing: " + whileDrained);
        assertEquals(2, new HashSet<>(whileDrained).size(), "the other two share the work: " + whileDrained);

        HttpResponse<String> undrain = NODE1.delete("/participants/" + Replicas.PARTICIPANT + "/replicas/" + drained
                + "/drain");
        assertEquals(200, undrain.statusCode(), undrain.body());
        cycle(id, 1);
        List<String> all = Replicas.dispatchedReplicas(NODE1, composition, id);
        assertTrue(all.subList(0, all.size() - whileDrained.size()).contains(drained),
                "undrained, it is selected again: " + all);
        Instances.removeQuietly(NODE1, composition, id);
    }

    @Test
    void withEveryReplicaGoneOrdersGet409() {
        String id = Instances.create(NODE1, composition, Instances.simPayload(composition,
                Json.createObjectBuilder().add("baseUrl", "v1").build()));
        Replicas.launcherView().forEach(replica -> Stack.signal(replica.pid(), "KILL"));
        // Gone replicas stay listed OFF_LINE for a while (their identity is kept), never selectable.
        Replicas.awaitRuntimeView(NODE2, replicas -> replicas.stream()
                .noneMatch(replica -> "ON_LINE".equals(replica.getString("participantState"))),
                "no replica left ON_LINE", Duration.ofSeconds(20));

        HttpResponse<String> refused = NODE2.put(Instances.path(composition, id), "{\"deployOrder\":\"DEPLOY\"}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains(Replicas.PARTICIPANT), refused.body());
        assertEquals("UNDEPLOYED", Instances.get(NODE1, composition, id).getString("deployState"));

        Stack.ensureUp();
        Replicas.ensureRunning(NODE1);
        Instances.removeQuietly(NODE1, composition, id);
    }

    // DEPLOY then UNDEPLOY, n times, each to completion.
    private void cycle(String id, int times) {
        for (int i = 0; i < times; i++) {
            Instances.order(NODE2, composition, id, "deployOrder", "DEPLOY");
            Instances.awaitState(NODE1, composition, id, "DEPLOYED", "LOCKED", "NO_ERROR", ORDER_TIMEOUT);
            Instances.order(NODE1, composition, id, "deployOrder", "UNDEPLOY");
            Instances.awaitState(NODE2, composition, id, "UNDEPLOYED", "NONE", "NO_ERROR", ORDER_TIMEOUT);
        }
    }

    private JsonObject awaitRunningCall(String instanceId, String operation) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (SimulatorClient replica : replicas) {
                for (JsonObject call : replica.executions()) {
                    if (instanceId.equals(call.getString("instanceId", null))
                            && operation.equals(call.getString("operation")) && !call.containsKey("outcome")) {
                        return call;
                    }
                }
            }
            Compositions.sleep(100);
        }
        throw new AssertionError("no replica started " + operation + " of " + instanceId);
    }

    // Each element's deploy, update, undeploy and delete ran once in all (one listener call per phase).
    private void assertEachCallOnce(String instanceId) {
        Map<String, Long> calls = replicas.stream().flatMap(replica -> replica.executions().stream())
                .filter(call -> instanceId.equals(call.getString("instanceId", null)))
                .collect(Collectors.groupingBy(call -> call.getString("operation") + " " + call.getString("elementId"),
                        Collectors.counting()));
        calls.forEach((call, count) -> assertEquals(1L, count, call + " ran " + count + " times: " + calls));
    }

    private static void assertSameOutProperties(JsonObject runtimeInstance, JsonObject replicaCopy) {
        for (Map.Entry<String, JsonValue> element : runtimeInstance.getJsonObject("elements").entrySet()) {
            JsonObject held = replicaCopy.getJsonObject("elements").getJsonObject(element.getKey());
            assertEquals(element.getValue().asJsonObject().getJsonObject("outProperties"),
                    held.getJsonObject("outProperties"), "out-properties of " + element.getKey());
        }
    }

    private static String elementOf(JsonObject instance, String definitionName) {
        return instance.getJsonObject("elements").entrySet().stream()
                .filter(e -> e.getValue().asJsonObject().getJsonObject("definition").getString("name")
                        .equals(definitionName))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
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
