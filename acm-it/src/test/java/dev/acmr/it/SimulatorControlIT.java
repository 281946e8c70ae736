package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ONAP's simulator control API on every replica, and out-properties pushed through one replica reaching the runtime
 * and the other replica.
 */
class SimulatorControlIT {

    private static final String ELEMENT = "onap.policy.clamp.ac.element.Sim_StarterAutomationCompositionElement";

    private final List<SimulatorClient> replicas = Stack.replicasOf(Stack.DEFAULT_PARTICIPANT);
    private final RuntimeClient node1 = RuntimeClient.authenticated(Stack.runtimeUrls().get(0));
    private final RuntimeClient node2 = RuntimeClient.authenticated(Stack.runtimeUrls().get(1));

    @Test
    void unknownParameterFieldsAreIgnoredAndTheKnownOnesApplied() {
        try {
            for (SimulatorClient replica : replicas) {
                HttpResponse<String> response = replica.send("PUT", "/parameters",
                        "{\"primeSucess\": false, \"lockTimerMs\": 7}");
                assertEquals(200, response.statusCode(), response.body());
                JsonObject held = Compositions.json(replica.send("GET", "/parameters", null).body());
                assertEquals(7, held.getInt("lockTimerMs"), held.toString());
                assertTrue(held.getBoolean("primeSuccess"), "the misspelt field changed nothing: " + held);
                assertTrue(!held.containsKey("primeSucess"), held.toString());
            }
        } finally {
            replicas.forEach(replica -> replica.parameters("{}"));
        }
    }

    @Test
    void outPropertiesPushedThroughOneReplicaReachTheRuntimeAndEveryReplica() {
        String id = Compositions.commission(node1, "application/yaml",
                Compositions.template("yaml", 20000, Compositions.SIM_TYPE));
        Compositions.order(node2, id, "PRIME");
        Compositions.awaitState(node1, id, "PRIMED", "NO_ERROR", Duration.ofSeconds(30));

        String data = "{\"compositionId\":\"" + id + "\",\"compositionDefinitionElementId\":{\"name\":\"" + ELEMENT
                + "\",\"version\":\"1.2.3\"},\"outProperties\":{\"probe\":\"pushed\"}}";
        HttpResponse<String> pushed = replicas.get(0).send("PUT", "/compositiondatas", data);
        assertEquals(200, pushed.statusCode(), pushed.body());

        Compositions.await(node2, id, definition -> "pushed".equals(definition.getJsonObject("elementStateMap")
                .getJsonObject(ELEMENT).getJsonObject("outProperties").getString("probe", null)),
                "showing the pushed out-properties", Duration.ofSeconds(5));
        SimulatorClient other = replicas.get(replicas.size() - 1);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!holdsProbe(other.compositionDatas(), id)) {
            assertTrue(System.nanoTime() < deadline, "the other replica did not receive the out-properties");
            Compositions.sleep(20);
        }
        Compositions.deleteQuietly(node1, id);
    }

    private static boolean holdsProbe(JsonObject datas, String compositionId) {
        return datas.getJsonArray("list").getValuesAs(JsonObject.class).stream()
                .filter(data -> data.getString("compositionId").equals(compositionId))
                .filter(data -> data.getJsonObject("compositionDefinitionElementId").getString("name").equals(ELEMENT))
                .anyMatch(data -> "pushed".equals(data.getJsonObject("outProperties").getString("probe", null)));
    }
}
