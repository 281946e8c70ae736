package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An UNDEPLOY after a DEPLOY that FAILED calls the participant for every element, as ONAP does: a participant that
 * left half-made resources behind must get its undeploy call. Before, the instance went UNDEPLOYED at once and no
 * listener ran, because the failed elements were already UNDEPLOYED.
 */
class UndeployAfterFailedDeployIT {

    private static final Duration ORDER_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> NODES = Stack.runtimeUrls();
    private static final RuntimeClient NODE1 = RuntimeClient.authenticated(NODES.get(0));
    private static final RuntimeClient NODE2 = RuntimeClient.authenticated(NODES.get(1));
    private static String composition;

    private final List<SimulatorClient> replicas = SimulatorClient.replicasOf(Stack.DEFAULT_PARTICIPANT);

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
    void everyElementIsUndeployedByItsParticipant() {
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
