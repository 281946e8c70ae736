package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An instance whose elements run on two simulator participants in two start phases: deploy runs phase 0 before
 * phase 1, undeploy phase 1 before phase 0, each phase only once the previous one acked; each element runs once.
 */
class InstancePhasesIT {

    private static final String SECOND_PARTICIPANT = "7c0a2d4e-3b5f-4a61-9d8e-2f1a0b3c4d5e";
    private static final String SECOND_TYPE = "org.onap.policy.clamp.acm.SimPhaseOneAutomationCompositionElement";
    private static final String PHASE_ZERO = "onap.policy.clamp.ac.element.PhaseZeroElement";
    private static final String PHASE_ONE = "onap.policy.clamp.ac.element.PhaseOneElement";
    private static final long TIMER_MS = 500;

    private final RuntimeClient node1 = RuntimeClient.authenticated(Stack.runtimeUrls().get(0));
    private final RuntimeClient node2 = RuntimeClient.authenticated(Stack.runtimeUrls().get(1));

    @Test
    void deployAscendsAndUndeployDescendsThroughStartPhases() {
        Stack.launcher(Duration.ofMinutes(4), "sim", "start", "--participant-id", SECOND_PARTICIPANT, "--types",
                SECOND_TYPE + ":1.0.0", "--replicas", "2");
        List<SimulatorClient> replicas = new ArrayList<>(Stack.replicasOf(Stack.DEFAULT_PARTICIPANT));
        replicas.addAll(Stack.replicasOf(SECOND_PARTICIPANT));
        try {
            replicas.forEach(replica -> replica.parameters(
                    "{\"deployTimerMs\": " + TIMER_MS + ", \"undeployTimerMs\": " + TIMER_MS + "}"));
            String template = Compositions.fixture("tosca/two-participant-composition.yaml")
                    .replace("@NAME@", "phases-" + UUID.randomUUID())
                    .replace("@FIRST_TYPE@", Compositions.SIM_TYPE)
                    .replace("@SECOND_TYPE@", SECOND_TYPE);
            String composition = Compositions.commission(node1, "application/yaml", template);
            Compositions.order(node2, composition, "PRIME");
            Compositions.awaitState(node1, composition, "PRIMED", "NO_ERROR", Duration.ofSeconds(30));

            Map<String, JsonObject> elements = new LinkedHashMap<>();
            elements.put(PHASE_ZERO, JsonValue.EMPTY_JSON_OBJECT);
            elements.put(PHASE_ONE, JsonValue.EMPTY_JSON_OBJECT);
            JsonObject payload = Instances.payload(composition, elements);
            String zero = elementId(payload, PHASE_ZERO);
            String one = elementId(payload, PHASE_ONE);
            String instance = Instances.create(node2, composition, payload);

            Instances.order(node1, composition, instance, "deployOrder", "DEPLOY");
            Instances.awaitState(node2, composition, instance, "DEPLOYED", "LOCKED", "NO_ERROR", Duration.ofSeconds(30));
            Instances.order(node2, composition, instance, "deployOrder", "UNDEPLOY");
            Instances.awaitState(node1, composition, instance, "UNDEPLOYED", "NONE", "NO_ERROR", Duration.ofSeconds(30));

            List<JsonObject> calls = new ArrayList<>();
            replicas.forEach(replica -> calls.addAll(replica.executions()));
            Instant deployZero = onlyCall(calls, "deploy", zero);
            Instant deployOne = onlyCall(calls, "deploy", one);
            Instant undeployZero = onlyCall(calls, "undeploy", zero);
            Instant undeployOne = onlyCall(calls, "undeploy", one);
            System.out.printf("deploy phase 0 -> phase 1: %d ms; undeploy phase 1 -> phase 0: %d ms (timer %d ms)%n",
                    Duration.between(deployZero, deployOne).toMillis(),
                    Duration.between(undeployOne, undeployZero).toMillis(), TIMER_MS);
            assertTrue(!deployOne.isBefore(deployZero.plusMillis(TIMER_MS)), "phase 1 deployed before phase 0 acked");
            assertTrue(!undeployZero.isBefore(undeployOne.plusMillis(TIMER_MS)), "phase 0 undeployed before phase 1 acked");

            Instances.removeQuietly(node1, composition, instance);
            Compositions.deleteQuietly(node2, composition);
        } finally {
            replicas.forEach(replica -> replica.parameters("{}"));
            Stack.launcher(Duration.ofMinutes(1), "sim", "stop", "--participant-id", SECOND_PARTICIPANT);
        }
    }

    private static String elementId(JsonObject payload, String definition) {
        return payload.getJsonObject("elements").entrySet().stream()
                .filter(entry -> entry.getValue().asJsonObject().getJsonObject("definition").getString("name")
                        .equals(definition))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static Instant onlyCall(List<JsonObject> calls, String operation, String elementId) {
        List<JsonObject> matching = calls.stream()
                .filter(call -> call.getString("operation").equals(operation))
                .filter(call -> elementId.equals(call.getString("elementId", null)))
                .toList();
        assertEquals(1, matching.size(), operation + " of " + elementId + " ran " + matching.size() + " times: " + matching);
        return Instant.parse(matching.get(0).getString("timestamp"));
    }
}
