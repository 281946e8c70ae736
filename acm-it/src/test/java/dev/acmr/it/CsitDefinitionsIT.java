package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every composition definition of ONAP's system tests commissions unchanged through either node, and one without a
 * top-level version (ac-definition-simple.yaml) gets ONAP's default version 1.0.0, shown in the stored template; the
 * answer names every node template, as ONAP's.
 */
class CsitDefinitionsIT {

    private final List<String> nodes = Stack.runtimeUrls();

    @Test
    void everyCsitDefinitionCommissionsUnchanged() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(CsitPayloads.DIRECTORY)) {
            files = listing.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("ac-definition-.*\\.yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 5, "CSIT definitions in " + CsitPayloads.DIRECTORY.toAbsolutePath() + ": " + files);
        int turn = 0;
        for (String file : files) {
            RuntimeClient node = RuntimeClient.authenticated(nodes.get(turn++ % nodes.size()));
            HttpResponse<String> created = node.post("/compositions", "application/yaml", CsitPayloads.raw(file));
            assertEquals(201, created.statusCode(), file + ": " + created.body());
            String id = Compositions.json(created.body()).getString("compositionId");
            try {
                JsonObject template = Compositions.get(node, id).getJsonObject("serviceTemplate");
                assertEquals(id, template.getJsonObject("metadata").getString("compositionId"), file);
                assertTrue(template.containsKey("version"), file + " shows a version: " + template.keySet());
            } finally {
                assertEquals(200, node.delete("/compositions/" + id).statusCode(), file);
            }
        }
    }

    @Test
    void aDefinitionWithoutVersionGetsOnapsDefault() {
        RuntimeClient node = RuntimeClient.authenticated(nodes.get(0));
        HttpResponse<String> created = node.post("/compositions", "application/yaml",
                CsitPayloads.raw("ac-definition-simple.yaml"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject response = Compositions.json(created.body());
        String id = response.getString("compositionId");
        try {
            assertEquals(List.of("org.onap.policy.clamp.acm.SimParticipant 2.3.4",
                    "onap.policy.clamp.ac.element.Sim_AutomationCompositionElement 1.2.3",
                    "onap.policy.clamp.ac.element.AutomationCompositionDefinition 1.2.3"),
                    response.getJsonArray("affectedAutomationCompositionDefinitions").stream()
                            .map(JsonValue::asJsonObject)
                            .map(template -> template.getString("name") + " " + template.getString("version")).toList(),
                    "every node template, as ONAP answers");
            JsonObject template = Compositions.get(RuntimeClient.authenticated(nodes.get(1)), id)
                    .getJsonObject("serviceTemplate");
            assertEquals("Simple", template.getString("name"));
            assertEquals("1.0.0", template.getString("version"));
            HttpResponse<String> listed = node.get("/compositions?name=Simple&version=1.0.0");
            assertEquals(200, listed.statusCode(), listed.body());
            assertTrue(Compositions.json(listed.body()).getJsonArray("service_templates").stream()
                    .anyMatch(found -> id.equals(found.asJsonObject().getJsonObject("metadata")
                            .getString("compositionId"))), listed.body());
        } finally {
            Compositions.deleteQuietly(node, id);
        }
    }
}
