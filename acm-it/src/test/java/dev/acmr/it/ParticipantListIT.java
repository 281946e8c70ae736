package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** GET /participants in ONAP's shape, with paging, on every node. */
class ParticipantListIT {

    @Test
    void listContainsTheDefaultParticipantInOnapShape() {
        for (String node : Stack.runtimeUrls()) {
            HttpResponse<String> response = RuntimeClient.authenticated(node).get("/participants");
            assertEquals(200, response.statusCode(), response.body());
            JsonArray list = Json.createReader(new StringReader(response.body())).readArray();
            JsonObject info = list.getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getJsonObject("participant").getString("participantId").equals(Stack.DEFAULT_PARTICIPANT))
                    .findFirst().orElseThrow(() -> new AssertionError("not listed on " + node + ": " + response.body()));
            assertTrue(info.containsKey("acNodeTemplateStateDefinitionMap"), info.toString());
            assertTrue(info.containsKey("acElementInstanceMap"), info.toString());
        }
    }

    /** As ONAP: every participant is listed, and page and size page what each one runs. */
    @Test
    void pagingPagesWhatEachParticipantRuns() {
        RuntimeClient node = RuntimeClient.authenticated(Stack.runtimeUrls().get(0));
        HttpResponse<String> response = node.get("/participants?page=0&size=1");
        assertEquals(200, response.statusCode(), response.body());
        JsonArray paged = Json.createReader(new StringReader(response.body())).readArray();
        JsonArray all = Json.createReader(new StringReader(node.get("/participants").body())).readArray();
        assertEquals(all.size(), paged.size(), response.body());
        paged.getValuesAs(JsonObject.class).forEach(info -> {
            assertTrue(info.getJsonObject("acNodeTemplateStateDefinitionMap").size() <= 1, info.toString());
            assertTrue(info.getJsonObject("acElementInstanceMap").size() <= 1, info.toString());
        });
    }
}
