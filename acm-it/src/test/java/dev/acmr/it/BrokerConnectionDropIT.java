package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
import dev.acmr.client.stack.Replica;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One replica loses its broker connection for 2 s (its sockets aborted, see {@link BrokerConnectionCut}) while an
 * instance is deployed through another replica: OpenMQ reconnects it on its own, the syncs published meanwhile
 * never reach it, and it must still end up holding what every other replica holds (it asks for a full sync on the
 * reconnect). The cut is shorter than the liveness window, so the runtime never drops the replica and no register
 * or take-back repairs it by accident.
 */
class BrokerConnectionDropIT {

    private static final List<String> NODES = Stack.runtimeUrls();
    private static final RuntimeClient NODE1 = RuntimeClient.authenticated(NODES.get(0));
    private static final RuntimeClient NODE2 = RuntimeClient.authenticated(NODES.get(1));
    private static final Duration CUT = Duration.ofSeconds(2);
    private static final Duration CATCH_UP = Duration.ofSeconds(20);
    private static String composition;

    @BeforeAll
    static void primeACompositionOnTheReplicatedParticipant() {
        Replicas.ensureRunning(NODE1);
        composition = Compositions.commission(NODE1, "application/yaml",
                Compositions.template("yaml", 20000, Replicas.TYPE));
        Compositions.order(NODE2, composition, "PRIME");
        Compositions.awaitState(NODE1, composition, "PRIMED", "NO_ERROR", Faults.ORDER_TIMEOUT);
    }

    @AfterAll
    static void removeTheComposition() {
        Replicas.ensureRunning(NODE1);
        Compositions.deleteQuietly(NODE1, composition);
    }

    @AfterEach
    void undrainAndDefaults() {
        Replicas.launcherView().forEach(replica -> NODE1.delete("/participants/" + Replicas.PARTICIPANT
                + "/replicas/" + replica.replicaId() + "/drain"));
        Replicas.clients().forEach(replica -> replica.parameters("{}"));
    }

    @Test
    void aReplicaCutOffForTwoSecondsCatchesUpWithWhatItMissed() {
        List<SimulatorClient> replicas = Replicas.clients();
        Replica victim = Replicas.launcherView().get(Replicas.COUNT - 1);
        // Drained, so that the deploy runs on another replica and only the syncs are at stake.
        HttpResponse<String> drain = NODE1.put("/participants/" + Replicas.PARTICIPANT + "/replicas/"
                + victim.replicaId() + "/drain", "");
        assertEquals(200, drain.statusCode(), drain.body());
        replicas.forEach(replica -> replica.parameters("{\"deployTimerMs\": 1000}"));
        JsonObject payload = Instances.simPayload(composition, Json.createObjectBuilder().add("baseUrl", "v1").build());
        String id = Instances.create(NODE1, composition, payload);
        try {
            CompletableFuture<Integer> cut = CompletableFuture.supplyAsync(
                    () -> BrokerConnectionCut.cut(victim.pid(), CUT));
            Compositions.sleep(200);
            Instances.order(NODE2, composition, id, "deployOrder", "DEPLOY");
            int aborted = cut.join();
            assertTrue(aborted > 0, "the replica had no connection to the broker to cut");
            Instances.awaitState(NODE1, composition, id, "DEPLOYED", "LOCKED", "NO_ERROR", Faults.ORDER_TIMEOUT);

            JsonObject common = Eventually.value(() -> copies(replicas, id), copies -> copies.size() == 1
                    && copies.iterator().next().contains("\"DEPLOYED\""), "every replica holding the deployed instance",
                    CATCH_UP).stream().map(Compositions::json).findFirst().orElseThrow();
            assertEquals("DEPLOYED", common.getString("deployState"), common.toString());
            assertTrue(Replicas.runtimeView(NODE1).stream()
                    .anyMatch(replica -> replica.getString("replicaId").equals(victim.replicaId())),
                    "the cut replica stayed in the live set");
        } finally {
            // Only what the test got to: a failure before the deploy must show, not a refused UNDEPLOY.
            Instances.await(NODE1, composition, id, instance -> !instance.getString("deployState").endsWith("ING"),
                    "settled", Faults.ORDER_TIMEOUT);
            if ("DEPLOYED".equals(Instances.get(NODE1, composition, id).getString("deployState"))) {
                Instances.order(NODE1, composition, id, "deployOrder", "UNDEPLOY");
                Instances.awaitState(NODE1, composition, id, "UNDEPLOYED", "NONE", "NO_ERROR", Faults.ORDER_TIMEOUT);
            }
            Instances.removeQuietly(NODE1, composition, id);
        }
    }

    // The distinct copies the replicas hold, as text.
    private static Set<String> copies(List<SimulatorClient> replicas, String id) {
        return replicas.stream().map(replica -> String.valueOf(Replicas.instanceOn(replica, id)))
                .collect(Collectors.toSet());
    }
}
