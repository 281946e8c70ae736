package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.stack.Replica;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A two-phase deploy whose phase-1 participant has every replica drained when phase 0 acks: the ack is applied (the
 * phase-0 element is DEPLOYED, not rolled back and redelivered), phase 1 waits, and once a replica is undrained
 * failover sends it and the deploy completes.
 */
class LaterPhaseWaitsIT {

    private static final String SECOND_PARTICIPANT = "8e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
    private static final String SECOND_TYPE = "org.onap.policy.clamp.acm.SimWaitingPhaseOneAutomationCompositionElement";
    private static final String PHASE_ZERO = "onap.policy.clamp.ac.element.PhaseZeroElement";
    private static final String PHASE_ONE = "onap.policy.clamp.ac.element.PhaseOneElement";
    private static final Duration WAIT = Duration.ofSeconds(40);

    private final RuntimeClient node1 = RuntimeClient.authenticated(Stack.runtimeUrls().get(0));
    private final RuntimeClient node2 = RuntimeClient.authenticated(Stack.runtimeUrls().get(1));

    @Test
    void thePhase0AckIsAppliedAndPhase1IsSentOnceAReplicaMayBeSelected() {
        Stack.launcher(Duration.ofMinutes(4), "sim", "start", "--participant-id", SECOND_PARTICIPANT, "--types",
                SECOND_TYPE + ":1.0.0", "--replicas", "2");
        List<Replica> second = Stack.participant(SECOND_PARTICIPANT).replicas();
        try {
            String composition = Compositions.commission(node1, "application/yaml",
                    Compositions.fixture("tosca/two-participant-composition.yaml")
                            .replace("@NAME@", "waiting-" + UUID.randomUUID())
                            .replace("@FIRST_TYPE@", Compositions.SIM_TYPE)
                            .replace("@SECOND_TYPE@", SECOND_TYPE));
            Compositions.order(node2, composition, "PRIME");
            Compositions.awaitState(node1, composition, "PRIMED", "NO_ERROR", WAIT);
            Map<String, JsonObject> elements = new LinkedHashMap<>();
            elements.put(PHASE_ZERO, JsonValue.EMPTY_JSON_OBJECT);
            elements.put(PHASE_ONE, JsonValue.EMPTY_JSON_OBJECT);
            JsonObject payload = Instances.payload(composition, elements);
            String zero = elementId(payload, PHASE_ZERO);
            String instance = Instances.create(node2, composition, payload);

            second.forEach(replica -> assertEquals(200, node1.put(drainPath(replica), "{}").statusCode()));
            Instances.order(node1, composition, instance, "deployOrder", "DEPLOY");
            JsonObject waiting = Instances.await(node2, composition, instance,
                    current -> "DEPLOYED".equals(current.getJsonObject("elements").getJsonObject(zero)
                            .getString("deployState")), "phase 0 applied while phase 1 has no replica", WAIT);
            assertEquals("DEPLOYING", waiting.getString("deployState"), waiting.toString());
            assertEquals("NO_ERROR", waiting.getString("stateChangeResult"), waiting.toString());

            node1.delete(drainPath(second.get(0)));
            Instances.awaitState(node2, composition, instance, "DEPLOYED", "LOCKED", "NO_ERROR", WAIT);

            Instances.removeQuietly(node1, composition, instance);
            Compositions.deleteQuietly(node2, composition);
        } finally {
            second.forEach(replica -> node1.delete(drainPath(replica)));
            Stack.launcher(Duration.ofMinutes(1), "sim", "stop", "--participant-id", SECOND_PARTICIPANT);
        }
    }

    private static String drainPath(Replica replica) {
        return "/participants/" + SECOND_PARTICIPANT + "/replicas/" + replica.replicaId() + "/drain";
    }

    private static String elementId(JsonObject payload, String definition) {
        return payload.getJsonObject("elements").values().stream().map(JsonValue::asJsonObject)
                .filter(element -> definition.equals(element.getJsonObject("definition").getString("name")))
                .map(element -> element.getString("id")).findFirst().orElseThrow();
    }
}
