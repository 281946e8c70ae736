package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint that takes a body answers a malformed or wrongly shaped body with a 4xx and ONAP's errorDetails,
 * never a 5xx: the table below is what was tried. The ids in the paths are random: a body is read (and refused)
 * before anything is looked up, so no fixture is needed.
 */
class MalformedBodiesIT {

    private static final String JSON = "application/json";
    private static final String YAML = "application/yaml";
    private static final String DEEP = "[".repeat(500) + "]".repeat(500);

    /** Bodies no endpoint accepts, in the syntax they are sent as. */
    private static final List<String[]> ANY_ENDPOINT = List.of(
            new String[] {JSON, "{"}, new String[] {JSON, "[]"}, new String[] {JSON, "null"},
            new String[] {JSON, "1"}, new String[] {JSON, "\"text\""}, new String[] {JSON, "{\"a\": 1,}"},
            new String[] {JSON, "{\"a\": 1} {\"b\": 2}"}, new String[] {JSON, "{\"a\": 1, \"a\": 2}"},
            new String[] {JSON, "  "}, new String[] {JSON, DEEP}, new String[] {JSON, "{\"a\": \"\\u0000\"}"},
            new String[] {YAML, "a: ["}, new String[] {YAML, "- a\n- b\n"}, new String[] {YAML, "~"},
            new String[] {YAML, "plain text"}, new String[] {YAML, "a: &x [*x]\n"},
            new String[] {YAML, "a: 1\na: 2\n"}, new String[] {YAML, "!!binary AAAA"},
            new String[] {YAML, "a: !!java.lang.Object {}\n"}, new String[] {YAML, DEEP});

    private final List<String> nodes = Stack.runtimeUrls();

    @Test
    void commissioningRefusesMalformedTemplates() {
        List<String[]> table = new ArrayList<>(ANY_ENDPOINT);
        table.add(new String[] {JSON, "{}"});
        table.add(new String[] {JSON, "{\"name\": {}, \"version\": \"1\"}"});
        table.add(new String[] {JSON, "{\"topology_template\": []}"});
        table.add(new String[] {JSON, "{\"topology_template\": {\"node_templates\": {\"a\": null}}}"});
        table.add(new String[] {JSON, "{\"node_types\": {\"a\": {\"properties\": {\"p\": {\"type\": []}}}}}"});
        table.add(new String[] {YAML, "data_types: 1\n"});
        assertAllRefused("POST", "/compositions", table);
    }

    @Test
    void primeOrdersRefuseMalformedBodies() {
        List<String[]> table = new ArrayList<>(ANY_ENDPOINT);
        table.add(new String[] {JSON, "{}"});
        table.add(new String[] {JSON, "{\"primeOrder\": null}"});
        table.add(new String[] {JSON, "{\"primeOrder\": 1}"});
        table.add(new String[] {JSON, "{\"primeOrder\": [\"PRIME\"]}"});
        table.add(new String[] {JSON, "{\"primeOrder\": {\"PRIME\": true}}"});
        table.add(new String[] {JSON, "{\"primeOrder\": \"prime\"}"});
        table.add(new String[] {YAML, "primeOrder: [PRIME]\n"});
        assertAllRefused("PUT", "/compositions/" + UUID.randomUUID(), table);
    }

    @Test
    void instanceCreationAndUpdateRefuseMalformedBodies() {
        List<String[]> table = new ArrayList<>(ANY_ENDPOINT);
        table.add(new String[] {JSON, "{}"});
        table.add(new String[] {JSON, "{\"name\": [], \"version\": \"1\"}"});
        table.add(new String[] {JSON, "{\"name\": \"a\", \"version\": \"1\", \"elements\": []}"});
        table.add(new String[] {JSON, "{\"name\": \"a\", \"version\": \"1\", \"elements\": {\"x\": {}}}"});
        table.add(new String[] {JSON, "{\"name\": \"a\", \"version\": \"1\", \"elements\": {\"" + UUID.randomUUID()
                + "\": null}}"});
        table.add(new String[] {JSON, "{\"name\": \"a\", \"version\": \"1\", \"elements\": {\"" + UUID.randomUUID()
                + "\": {\"properties\": []}}}"});
        table.add(new String[] {JSON, "{\"instanceId\": 5, \"elements\": {}}"});
        table.add(new String[] {JSON, "{\"instanceId\": \"not-a-uuid\"}"});
        table.add(new String[] {JSON, "{\"name\": \"a\", \"version\": \"1\", \"precheck\": \"yes\"}"});
        table.add(new String[] {YAML, "name: a\nversion: 1\nelements: text\n"});
        assertAllRefused("POST", "/compositions/" + UUID.randomUUID() + "/instances", table);
    }

    @Test
    void instanceOrdersRefuseMalformedBodies() {
        List<String[]> table = new ArrayList<>(ANY_ENDPOINT);
        table.add(new String[] {JSON, "{}"});
        table.add(new String[] {JSON, "{\"deployOrder\": 1}"});
        table.add(new String[] {JSON, "{\"deployOrder\": [\"DEPLOY\"]}"});
        table.add(new String[] {JSON, "{\"deployOrder\": \"DANCE\"}"});
        table.add(new String[] {JSON, "{\"deployOrder\": \"DEPLOY\", \"lockOrder\": \"LOCK\"}"});
        table.add(new String[] {JSON, "{\"lockOrder\": {}}"});
        table.add(new String[] {YAML, "deployOrder: {a: 1}\n"});
        assertAllRefused("PUT", "/compositions/" + UUID.randomUUID() + "/instances/" + UUID.randomUUID(), table);
    }

    @Test
    void unusableContentTypesAre415WithErrorDetails() {
        RuntimeClient node = RuntimeClient.authenticated(nodes.get(0));
        for (String path : List.of("/compositions/" + UUID.randomUUID(),
                "/compositions/" + UUID.randomUUID() + "/instances/" + UUID.randomUUID())) {
            assertRefused(node.put(path, "text/plain", "{\"primeOrder\":\"PRIME\"}"), "PUT " + path + " text/plain", 415);
            assertRefused(node.put(path, "application/json; charset=nonsense", "{}"), "PUT " + path + " charset", 415);
        }
    }

    private void assertAllRefused(String method, String path, List<String[]> table) {
        int turn = 0;
        for (String[] row : table) {
            RuntimeClient node = RuntimeClient.authenticated(nodes.get(turn++ % nodes.size()));
            HttpResponse<String> response = "POST".equals(method) ? node.post(path, row[0], row[1])
                    : node.put(path, row[0], row[1]);
            assertRefused(response, method + " " + path + " " + row[0] + " " + abbreviated(row[1]), 400);
        }
    }

    private static void assertRefused(HttpResponse<String> response, String what, int status) {
        assertEquals(status, response.statusCode(), what + ": " + response.body());
        JsonObject body = Compositions.json(response.body());
        assertFalse(body.getString("errorDetails", "").isBlank(), what + ": " + response.body());
    }

    private static String abbreviated(String body) {
        return body.length() > 40 ? body.substring(0, 40) + "..." : body;
    }
}
