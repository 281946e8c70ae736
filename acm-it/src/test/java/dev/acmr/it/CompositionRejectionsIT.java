package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every refusal is a 4xx with ONAP's errorDetails, never a 5xx, and a refused commissioning leaves no trace. */
class CompositionRejectionsIT {

    private final List<String> nodes = Stack.runtimeUrls();
    private final RuntimeClient node1 = RuntimeClient.authenticated(nodes.get(0));
    private final RuntimeClient node2 = RuntimeClient.authenticated(nodes.get(1));

    @Test
    void malformedTemplatesAre400AndWriteNothing() {
        int before = compositionCount();
        String valid = Compositions.template("yaml", 20000, Compositions.SIM_TYPE);
        assertRejected(node1.post("/compositions", "application/yaml", "name: [unclosed"), 400, "");
        assertRejected(node2.post("/compositions", "application/json", "{\"name\": "), 400, "");
        assertRejected(node1.post("/compositions", "application/yaml",
                valid.replace("derived_from: org.onap.policy.clamp.acm.AutomationCompositionElement",
                        "derived_from: org.onap.policy.clamp.acm.NoSuchParent")), 400, "NoSuchParent");
        assertRejected(node2.post("/compositions", "application/yaml",
                valid.replace("          - name: onap.policy.clamp.ac.element.Sim_BridgeAutomationCompositionElement",
                        "          - name: onap.policy.clamp.ac.element.Missing")), 400, "Missing");
        assertRejected(node1.post("/compositions", "application/yaml",
                valid.replace("type: org.onap.policy.clamp.acm.AutomationComposition\n",
                        "type: org.onap.policy.clamp.acm.Participant\n")), 400, "");
        assertRejected(node2.post("/compositions", "application/yaml",
                valid.replace("entry_schema:\n          type: onap.datatypes.ToscaConceptIdentifier",
                        "entry_schema:\n          type: onap.datatypes.NoSuchDataType")), 400, "NoSuchDataType");
        assertRejected(node1.post("/compositions", "application/yaml",
                valid.replace("  org.onap.policy.clamp.acm.Participant:\n    version: 1.0.1\n    derived_from: tosca.nodetypes.Root",
                        "  org.onap.policy.clamp.acm.Participant:\n    version: 1.0.1\n"
                                + "    derived_from: org.onap.policy.clamp.acm.Participant")), 400, "org.onap.policy.clamp.acm.Participant");
        assertEquals(before, compositionCount(), "a refused commissioning leaves no trace");
    }

    @Test
    void ordersOnUnknownOrBusyCompositionsAreRefused() {
        String unknown = UUID.randomUUID().toString();
        assertRejected(node1.get("/compositions/" + unknown), 404, unknown);
        assertRejected(node2.put("/compositions/" + unknown, "{\"primeOrder\":\"PRIME\"}"), 404, unknown);
        assertRejected(node1.delete("/compositions/" + unknown), 404, unknown);

        String id = Compositions.commission(node1, "application/yaml", Compositions.template("yaml", 20000, Compositions.SIM_TYPE));
        assertRejected(node2.put("/compositions/" + id, "{\"primeOrder\":\"SHINE\"}"), 400, "");
        Compositions.order(node1, id, "PRIME");
        Compositions.awaitState(node2, id, "PRIMED", "NO_ERROR", Duration.ofSeconds(30));
        assertRejected(node2.delete("/compositions/" + id), 400, "PRIMED");
        Compositions.order(node2, id, "DEPRIME");
        Compositions.awaitState(node1, id, "COMMISSIONED", "NO_ERROR", Duration.ofSeconds(30));
        assertEquals(200, node1.delete("/compositions/" + id).statusCode());
    }

    @Test
    void anUpdateIsAllowedOnlyWhileCommissioned() {
        String template = Compositions.template("yaml", 20000, Compositions.SIM_TYPE);
        String id = Compositions.commission(node1, "application/yaml", template);
        String update = template.replace("\nmetadata:\n", "\nmetadata:\n  compositionId: " + id + "\n");
        HttpResponse<String> updated = node2.post("/compositions", "application/yaml", update);
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals(id, Json.createReader(new StringReader(updated.body())).readObject().getString("compositionId"));

        Compositions.order(node1, id, "PRIME");
        Compositions.awaitState(node2, id, "PRIMED", "NO_ERROR", Duration.ofSeconds(30));
        assertRejected(node2.post("/compositions", "application/yaml", update), 400, "PRIMED");
        Compositions.deleteQuietly(node1, id);

        String unknown = template.replace("\nmetadata:\n", "\nmetadata:\n  compositionId: " + UUID.randomUUID() + "\n");
        assertEquals(404, node1.post("/compositions", "application/yaml", unknown).statusCode());
    }

    @Test
    void aRunningOrderRefusesAnother() {
        List<SimulatorClient> replicas = Stack.replicasOf(Stack.DEFAULT_PARTICIPANT);
        replicas.forEach(replica -> replica.parameters("{\"primeTimerMs\": 3000}"));
        try {
            String id = Compositions.commission(node1, "application/yaml", Compositions.template("yaml", 20000, Compositions.SIM_TYPE));
            Compositions.order(node1, id, "PRIME");
            assertRejected(node2.put("/compositions/" + id, "{\"primeOrder\":\"PRIME\"}"), 400, "PRIMING");
            assertRejected(node1.put("/compositions/" + id, "{\"primeOrder\":\"DEPRIME\"}"), 400, "PRIMING");
            Compositions.awaitState(node2, id, "PRIMED", "NO_ERROR", Duration.ofSeconds(30));
            Compositions.deleteQuietly(node2, id);
        } finally {
            replicas.forEach(replica -> replica.parameters("{}"));
        }
    }

    @Test
    void primingAnElementTypeNobodySupportsIs400() {
        String id = Compositions.commission(node2, "application/yaml",
                Compositions.template("yaml", 20000, "org.onap.policy.clamp.acm.NobodysAutomationCompositionElement"));
        assertRejected(node1.put("/compositions/" + id, "{\"primeOrder\":\"PRIME\"}"), 400,
                "org.onap.policy.clamp.acm.NobodysAutomationCompositionElement");
        assertEquals("COMMISSIONED", Compositions.get(node2, id).getString("state"), "a refused order changes nothing");
        assertEquals(200, node2.delete("/compositions/" + id).statusCode());
    }

    @Test
    void primingForAParticipantWithNoLiveReplicaIs409() {
        String participant = "5a9e8f3c-1d2b-4c6a-8e7f-0123456789ab";
        String type = "org.onap.policy.clamp.acm.ShortLivedAutomationCompositionElement";
        Stack.launcher(Duration.ofMinutes(4), "sim", "start", "--participant-id", participant, "--types", type + ":1.0.0");
        Stack.launcher(Duration.ofMinutes(1), "sim", "stop", "--participant-id", participant);

        awaitNoReplica(participant);

        String id = Compositions.commission(node1, "application/yaml", Compositions.template("yaml", 20000, type));
        assertRejected(node2.put("/compositions/" + id, "{\"primeOrder\":\"PRIME\"}"), 409, "OFFLINE");
        assertEquals("COMMISSIONED", Compositions.get(node1, id).getString("state"), "a refused order changes nothing");
        assertEquals(200, node1.delete("/compositions/" + id).statusCode());
    }

    @Test
    void oversizedBodiesAre413WithOrWithoutExpectContinue() {
        String huge = "name: " + "x".repeat(5 * 1024 * 1024);
        assertRejected(node1.post("/compositions", "application/yaml", huge), 413, "");
        assertRejected(node2.postExpectingContinue("/compositions", "application/yaml", huge), 413, "");
    }

    /**
     * The stopped replica deregistered; were that lost, the liveness window would make it OFF_LINE within seconds.
     */
    private void awaitNoReplica(String participant) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = node1.get("/participants/" + participant);
            last = response.body();
            // A replica the liveness sweep took out stays listed OFF_LINE for a while: only live ones count.
            if (response.statusCode() == 200 && Json.createReader(new StringReader(last)).readObject()
                    .getJsonObject("participant").getJsonObject("replicas").values().stream()
                    .noneMatch(replica -> "ON_LINE".equals(replica.asJsonObject().getString("participantState")))) {
                return;
            }
            Compositions.sleep(100);
        }
        throw new AssertionError("participant " + participant + " still has replicas: " + last);
    }

    private int compositionCount() {
        HttpResponse<String> response = node1.get("/compositions");
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject().getJsonArray("service_templates").size();
    }

    private static void assertRejected(HttpResponse<String> response, int status, String mentioned) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        String details = body.getString("errorDetails");
        assertTrue(details.contains(mentioned), "errorDetails should mention '" + mentioned + "': " + details);
    }
}
