package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Commissioning, priming and depriming on the real stack, with the calls spread over both runtime nodes and the
 * definition checked on every replica of the simulator.
 */
class CompositionLifecycleIT {

    private static final Duration ORDER_TIMEOUT = Duration.ofSeconds(30);

    private final List<String> nodes = Stack.runtimeUrls();
    private final RuntimeClient node1 = RuntimeClient.authenticated(nodes.get(0));
    private final RuntimeClient node2 = RuntimeClient.authenticated(nodes.get(1));
    private final List<SimulatorClient> replicas = Stack.replicasOf(Stack.DEFAULT_PARTICIPANT);

    @AfterEach
    void restoreSimulatorDefaults() {
        replicas.forEach(replica -> replica.parameters("{}"));
    }

    @Test
    void commissionPrimeDeprimeDeleteThroughEitherNode() {
        String id = Compositions.commission(node1, "application/yaml", Compositions.template("yaml", 20000, Compositions.SIM_TYPE));

        JsonObject commissioned = Compositions.get(node2, id);
        assertEquals("COMMISSIONED", commissioned.getString("state"));
        assertEquals("NO_ERROR", commissioned.getString("stateChangeResult"));
        assertEquals(2, commissioned.getJsonObject("elementStateMap").size(), commissioned.toString());

        Compositions.order(node2, id, "PRIME");
        JsonObject primed = Compositions.awaitState(node1, id, "PRIMED", "NO_ERROR", ORDER_TIMEOUT);
        for (JsonValue element : primed.getJsonObject("elementStateMap").values()) {
            assertEquals(Stack.DEFAULT_PARTICIPANT, element.asJsonObject().getString("participantId"), primed.toString());
            assertEquals("PRIMED", element.asJsonObject().getString("state"), primed.toString());
        }
        assertEquals(withoutLastMsg(primed), withoutLastMsg(Compositions.get(node2, id)), "both nodes answer alike");

        for (SimulatorClient replica : replicas) {
            awaitHeldBy(replica, id, true);
        }

        Compositions.order(node1, id, "DEPRIME");
        Compositions.awaitState(node2, id, "COMMISSIONED", "NO_ERROR", ORDER_TIMEOUT);
        for (SimulatorClient replica : replicas) {
            awaitHeldBy(replica, id, false);
        }

        HttpResponse<String> deleted = node2.delete("/compositions/" + id);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(404, node1.get("/compositions/" + id).statusCode());
    }

    @Test
    void commissionAsJson() {
        String id = Compositions.commission(node2, "application/json", Compositions.template("json", 20000, Compositions.SIM_TYPE));
        JsonObject definition = Compositions.get(node1, id);
        assertEquals("COMMISSIONED", definition.getString("state"));
        assertTrue(definition.getJsonObject("elementStateMap").containsKey("onap.policy.clamp.ac.element.Sim_JsonElement"),
                definition.toString());
        Compositions.deleteQuietly(node1, id);
    }

    @Test
    void failedPrimeIsStickyUntilARetrySucceeds() {
        String id = Compositions.commission(node1, "application/yaml", Compositions.template("yaml", 20000, Compositions.SIM_TYPE));
        replicas.forEach(replica -> replica.parameters("{\"primeSuccess\": false}"));

        Compositions.order(node1, id, "PRIME");
        JsonObject failed = Compositions.awaitState(node2, id, "PRIMING", "FAILED", ORDER_TIMEOUT);
        assertEquals("PRIMING", failed.getString("state"));

        replicas.forEach(replica -> replica.parameters("{}"));
        Compositions.order(node2, id, "PRIME");
        Compositions.awaitState(node1, id, "PRIMED", "NO_ERROR", ORDER_TIMEOUT);
        Compositions.deleteQuietly(node2, id);
    }

    @Test
    void primeWithoutAnAckInTimeIsMarkedTimeoutWithinASecondOfItsDeadline() {
        long timeoutMs = 2000;
        String id = Compositions.commission(node2, "application/yaml", Compositions.template("yaml", timeoutMs, Compositions.SIM_TYPE));
        replicas.forEach(replica -> replica.parameters("{\"primeTimerMs\": 8000}"));

        long ordered = System.nanoTime();
        Compositions.order(node2, id, "PRIME");
        Compositions.awaitState(node1, id, "PRIMING", "TIMEOUT", Duration.ofMillis(timeoutMs + 3000));
        long detectedMs = Duration.ofNanos(System.nanoTime() - ordered).toMillis();
        System.out.printf("prime timeout of %d ms detected after %d ms%n", timeoutMs, detectedMs);
        assertTrue(detectedMs >= timeoutMs, "not before the deadline: " + detectedMs);

        // The late success still completes the order, as ONAP lets it.
        Compositions.awaitState(node1, id, "PRIMED", "NO_ERROR", Duration.ofSeconds(20));
        Compositions.deleteQuietly(node1, id);
    }

    private static void awaitHeldBy(SimulatorClient replica, String compositionId, boolean held) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonObject datas;
        do {
            datas = replica.compositionDatas();
            boolean present = datas.getJsonArray("list").getValuesAs(JsonObject.class).stream()
                    .anyMatch(data -> data.getString("compositionId").equals(compositionId));
            if (present == held) {
                return;
            }
            Compositions.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("replica " + replica.url() + (held ? " does not hold " : " still holds ") + compositionId
                + ": " + datas);
    }

    private static JsonObject withoutLastMsg(JsonObject definition) {
        return jakarta.json.Json.createObjectBuilder(definition).remove("lastMsg").build();
    }
}
