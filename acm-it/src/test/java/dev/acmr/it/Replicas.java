package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
import dev.acmr.client.stack.Replica;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A participant of its own with three simulator replicas, for the replication tests: started once through the
 * launcher (as an operator would) and left running; {@code ./acm stop} stops it with the rest of the stack.
 */
final class Replicas {

    static final String PARTICIPANT = "7e3c1f00-5a1b-4c2d-9e8f-0a1b2c3d4e5f";
    static final String TYPE = "org.onap.policy.clamp.acm.ReplicaTestElement";
    static final int COUNT = 3;
    /** How soon after the runtime shows a change every replica must hold it (the replication issue's bound). */
    static final Duration SYNC_BOUND = Duration.ofSeconds(2);

    private Replicas() {
    }

    /** Starts the participant's replicas unless all are up, and waits until the runtime may select each of them. */
    static void ensureRunning(RuntimeClient node) {
        boolean known = Stack.view().participant(PARTICIPANT)
                .filter(p -> p.replicas().size() == COUNT && p.upWith(COUNT)).isPresent();
        if (!known) {
            Stack.launcher(Duration.ofMinutes(6), "sim", "start", "--participant-id", PARTICIPANT, "--types",
                    TYPE + ":1.0.0", "--replicas", Integer.toString(COUNT));
        }
        awaitRuntimeView(node, replicas -> replicas.stream().filter(r -> r.getBoolean("selectable")).count() == COUNT,
                "3 selectable replicas", Duration.ofSeconds(60));
    }

    /** The launcher's view: replicaId, url and pid of each replica. */
    static List<Replica> launcherView() {
        return Stack.participant(PARTICIPANT).replicas();
    }

    static SimulatorClient client(Replica launcherReplica) {
        return SimulatorClient.of(launcherReplica.url());
    }

    static List<SimulatorClient> clients() {
        return launcherView().stream().map(Replicas::client).toList();
    }

    /** The runtime's view of the replicas (GET /participants/{id}). */
    static List<JsonObject> runtimeView(RuntimeClient node) {
        HttpResponse<String> response = node.get("/participants/" + PARTICIPANT);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject replicas = Compositions.json(response.body()).getJsonObject("participant").getJsonObject("replicas");
        return new ArrayList<>(replicas.values().stream().map(JsonObject.class::cast).toList());
    }

    static List<JsonObject> awaitRuntimeView(RuntimeClient node, Predicate<List<JsonObject>> condition, String what,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<JsonObject> view = runtimeView(node);
        while (!condition.test(view)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not " + what + " within " + timeout + ": " + view);
            }
            Compositions.sleep(200);
            view = runtimeView(node);
        }
        return view;
    }

    /** The instance as one replica's view holds it (simulator GET /instances/{id}); null if it holds none. */
    static JsonObject instanceOn(SimulatorClient replica, String instanceId) {
        HttpResponse<String> response = replica.send("GET", "/instances/" + instanceId, null);
        if (response.statusCode() == 404) {
            return null;
        }
        assertEquals(200, response.statusCode(), replica.url() + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /**
     * Waits until every replica holds exactly the same data for the instance (or none holds it, for
     * {@code expectGone}), at most 2 s, the bound the replication issue sets; returns the common copy.
     */
    static JsonObject awaitIdentical(List<SimulatorClient> replicas, String instanceId, Predicate<JsonObject> condition,
            String what) {
        long deadline = System.nanoTime() + SYNC_BOUND.toNanos();
        while (true) {
            List<JsonObject> copies = replicas.stream().map(replica -> instanceOn(replica, instanceId)).toList();
            Set<String> distinct = copies.stream().map(String::valueOf).collect(Collectors.toSet());
            if (distinct.size() == 1 && condition.test(copies.get(0))) {
                return copies.get(0);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("replicas not identical (" + what + ") within " + SYNC_BOUND + ": " + distinct);
            }
            Compositions.sleep(20);
        }
    }

    /** Which replicas ran which listener calls on the instance: operation to replicaIds, over every replica. */
    static Map<String, Set<String>> whoRan(List<SimulatorClient> replicas, String instanceId) {
        return replicas.stream().flatMap(replica -> replica.executions().stream())
                .filter(call -> instanceId.equals(call.getString("instanceId", null)))
                .collect(Collectors.groupingBy(call -> call.getString("operation"),
                        Collectors.mapping(call -> call.getString("replicaId"), Collectors.toSet())));
    }

    /** The replicas the runtime recorded for the instance's dispatches since {@code skip} (newest first). */
    static List<String> dispatchedReplicas(RuntimeClient node, String compositionId, String instanceId) {
        HttpResponse<String> response = node.get(Instances.path(compositionId, instanceId) + "/dispatches");
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class).stream()
                .map(dispatch -> dispatch.getString("replicaId"))
                .toList();
    }
}
