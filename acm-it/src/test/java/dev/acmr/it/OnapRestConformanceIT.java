package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ONAP's answers, as an ONAP client reads them, on ONAP's own CSIT payloads (the simple definition and instance,
 * placeholders replaced only): JSON names, revisionId, the migration fields and their defaults, lastMsg, the
 * participantId filter, what a participant runs and its compositions, YAML answers and YAML orders.
 */
class OnapRestConformanceIT {

    private static final List<String> NODES = Stack.runtimeUrls();
    private static final RuntimeClient NODE1 = RuntimeClient.authenticated(NODES.get(0));
    private static final RuntimeClient NODE2 = RuntimeClient.authenticated(NODES.get(1));
    private static final String ELEMENT_NAME = "onap.policy.clamp.ac.element.Sim_AutomationCompositionElement";
    private static final String ELEMENT_ID = "709c62b3-8918-41b9-a747-d21eb80c6c34";
    private static final String ONAP_TIMESTAMP = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{1,3}";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static String compositionId;
    private static String instanceId;
    private static String revisionIdCommissioned;

    @BeforeAll
    static void simpleCompositionAndInstance() {
        compositionId = Compositions.commission(NODE1, "application/yaml", CsitPayloads.raw("ac-definition-simple.yaml"));
        revisionIdCommissioned = Compositions.get(NODE1, compositionId).getString("revisionId");
        HttpResponse<String> primed = NODE2.put("/compositions/" + compositionId, "application/yaml",
                "primeOrder: PRIME\n");
        assertEquals(202, primed.statusCode(), "a YAML prime order: " + primed.body());
        Compositions.awaitState(NODE1, compositionId, "PRIMED", "NO_ERROR", WAIT);
        HttpResponse<String> created = NODE1.post("/compositions/" + compositionId + "/instances", "application/yaml",
                CsitPayloads.withComposition("ac-instance-simple.yaml", compositionId));
        assertEquals(201, created.statusCode(), created.body());
        instanceId = Compositions.json(created.body()).getString("instanceId");
    }

    @AfterAll
    static void cleanUp() {
        if (instanceId != null) {
            Instances.removeQuietly(NODE1, compositionId, instanceId);
        }
        if (compositionId != null) {
            Compositions.deleteQuietly(NODE2, compositionId);
        }
    }

    @Test
    void compositionsAnswerWithOnapsNames() {
        JsonObject listing = json(NODE2.get("/compositions"));
        assertTrue(listing.containsKey("service_templates"), listing.keySet().toString());
        assertFalse(listing.containsKey("serviceTemplates"), listing.keySet().toString());

        JsonObject definition = Compositions.get(NODE2, compositionId);
        UUID.fromString(definition.getString("revisionId"));
        assertNotEquals(revisionIdCommissioned, definition.getString("revisionId"), "a new revisionId after PRIME");
        assertEquals(definition.getString("revisionId"), Compositions.get(NODE1, compositionId).getString("revisionId"),
                "both nodes show the same revisionId");
        assertTrue(definition.getString("lastMsg").matches(ONAP_TIMESTAMP), definition.getString("lastMsg"));
        JsonObject template = definition.getJsonObject("serviceTemplate");
        assertTrue(template.keySet().containsAll(List.of("tosca_definitions_version", "data_types", "node_types",
                "topology_template")), template.keySet().toString());
        assertTrue(template.getJsonObject("topology_template").containsKey("node_templates"));
    }

    @Test
    void instancesCarryOnapsFieldsWithTheirDefaults() {
        JsonObject instance = Instances.get(NODE2, compositionId, instanceId);
        assertEquals(JsonValue.NULL, instance.get("compositionTargetId"), instance.toString());
        assertEquals(JsonValue.NULL, instance.get("precheck"), instance.toString());
        UUID.fromString(instance.getString("revisionId"));
        assertTrue(instance.getString("lastMsg").matches(ONAP_TIMESTAMP), instance.getString("lastMsg"));
        JsonObject element = instance.getJsonObject("elements").getJsonObject(ELEMENT_ID);
        assertEquals("DEFAULT", element.getString("migrationState"), element.toString());
        assertEquals(JsonValue.NULL, element.get("stage"), element.toString());
    }

    @Test
    void compositionsFilterByParticipant() {
        assertTrue(listedIds("/compositions?participantId=" + Stack.DEFAULT_PARTICIPANT).contains(compositionId));
        assertFalse(listedIds("/compositions?participantId=" + UUID.randomUUID()).contains(compositionId));
        HttpResponse<String> invalid = NODE1.get("/compositions?participantId=not-a-uuid");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(Compositions.json(invalid.body()).containsKey("errorDetails"), invalid.body());
    }

    @Test
    void aParticipantShowsTheElementsItRuns() {
        String nodeTemplateStateId = Compositions.get(NODE1, compositionId).getJsonObject("elementStateMap")
                .getJsonObject(ELEMENT_NAME).getString("nodeTemplateStateId");
        JsonObject participant = json(NODE2.get("/participants/" + Stack.DEFAULT_PARTICIPANT));
        JsonObject bound = participant.getJsonObject("acNodeTemplateStateDefinitionMap").getJsonObject(nodeTemplateStateId);
        assertEquals(ELEMENT_NAME, bound.getJsonObject("nodeTemplateId").getString("name"), participant.toString());
        assertEquals(Stack.DEFAULT_PARTICIPANT, bound.getString("participantId"));
        JsonObject running = participant.getJsonObject("acElementInstanceMap").getJsonObject(ELEMENT_ID);
        assertEquals(ELEMENT_NAME, running.getJsonObject("definition").getString("name"), participant.toString());

        JsonObject paged = json(NODE1.get("/participants/" + Stack.DEFAULT_PARTICIPANT + "?page=0&size=1"));
        assertEquals(1, paged.getJsonObject("acNodeTemplateStateDefinitionMap").size(), "page and size page the maps");
        assertEquals(1, paged.getJsonObject("acElementInstanceMap").size());
        HttpResponse<String> all = NODE1.get("/participants?page=0&size=1");
        assertEquals(200, all.statusCode(), all.body());
        JsonArray participants = Compositions.json("{\"list\":" + all.body() + "}").getJsonArray("list");
        assertTrue(participants.stream().anyMatch(info -> info.asJsonObject().getJsonObject("participant")
                .getString("participantId").equals(Stack.DEFAULT_PARTICIPANT)), "every participant is listed");
        participants.forEach(info -> assertTrue(info.asJsonObject().getJsonObject("acElementInstanceMap").size() <= 1));
        String lastMsg = participant.getJsonObject("participant").getJsonObject("replicas").values().iterator().next()
                .asJsonObject().getString("lastMsg");
        assertTrue(lastMsg.matches(ONAP_TIMESTAMP), lastMsg);
    }

    @Test
    void aParticipantsCompositionsShowItsElementsProperties() {
        String key = ELEMENT_NAME + " 1.2.3";
        JsonObject listing = json(NODE1.get("/participants/" + Stack.DEFAULT_PARTICIPANT + "/compositions"));
        JsonObject mine = listing.getJsonArray("compositions").stream().map(JsonValue::asJsonObject)
                .filter(composition -> composition.getString("compositionId").equals(compositionId)).findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + listing));
        assertEquals(Map.of("provider", "ONAP", "startPhase", 0).keySet(),
                mine.getJsonObject("inPropertiesMap").getJsonObject(key).keySet());
        assertTrue(mine.getJsonObject("outPropertiesMap").containsKey(key), mine.toString());

        JsonObject single = json(NODE2.get("/participants/" + Stack.DEFAULT_PARTICIPANT + "/compositions/" + compositionId));
        assertEquals(mine, single);
        JsonObject stranger = json(NODE2.get("/participants/" + UUID.randomUUID() + "/compositions/" + compositionId));
        assertEquals(0, stranger.getJsonObject("inPropertiesMap").size(), stranger.toString());
        assertEquals(0, json(NODE2.get("/participants/" + UUID.randomUUID() + "/compositions"))
                .getJsonArray("compositions").size());
        HttpResponse<String> unknown = NODE1.get("/participants/" + Stack.DEFAULT_PARTICIPANT + "/compositions/"
                + UUID.randomUUID());
        assertEquals(404, unknown.statusCode(), unknown.body());
    }

    @Test
    void participantsAnswerYamlWhenAskedAndTakeYamlOrders() {
        HttpResponse<String> yaml = NODE1.getAs("/participants/" + Stack.DEFAULT_PARTICIPANT, "application/yaml");
        assertEquals(200, yaml.statusCode(), yaml.body());
        assertTrue(yaml.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"),
                yaml.headers().toString());
        assertTrue(yaml.body().contains("acElementInstanceMap:"), yaml.body());

        String before = Instances.get(NODE1, compositionId, instanceId).getString("revisionId");
        HttpResponse<String> deploy = NODE2.put(Instances.path(compositionId, instanceId), "application/yaml",
                "deployOrder: DEPLOY\n");
        assertEquals(202, deploy.statusCode(), deploy.body());
        JsonObject deployed = Instances.awaitState(NODE1, compositionId, instanceId, "DEPLOYED", "LOCKED", "NO_ERROR",
                WAIT);
        assertNotEquals(before, deployed.getString("revisionId"), "a new revisionId after DEPLOY");
        HttpResponse<String> undeploy = NODE1.put(Instances.path(compositionId, instanceId), "text/yaml",
                "deployOrder: UNDEPLOY\nlockOrder: NONE\n");
        assertEquals(202, undeploy.statusCode(), undeploy.body());
        Instances.awaitState(NODE2, compositionId, instanceId, "UNDEPLOYED", "NONE", "NO_ERROR", WAIT);
    }

    private static List<String> listedIds(String path) {
        return json(NODE1.get(path)).getJsonArray("service_templates").stream()
                .map(template -> template.asJsonObject().getJsonObject("metadata").getString("compositionId")).toList();
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Compositions.json(response.body());
    }
}
