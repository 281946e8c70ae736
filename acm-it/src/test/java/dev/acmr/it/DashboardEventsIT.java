package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.Http;
import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's live change stream across the cluster: a stream open on node 2 hears the changes committed through
 * node 1 (a prime, an instance's deploy), because every node reads them back from the topic the runtime publishes
 * to replicas. And the dashboard's static files need no credentials while the stream does.
 */
class DashboardEventsIT {

    private static final Duration ORDER_TIMEOUT = Duration.ofSeconds(30);
    /** From commit on node 1 to the notice on node 2: the broker's round trip, well under a second when healthy. */
    private static final Duration NOTICE_TIMEOUT = Duration.ofSeconds(10);
    private static final List<String> NODES = Stack.runtimeUrls();
    private static final RuntimeClient NODE1 = RuntimeClient.authenticated(NODES.get(0));
    private static String composition;

    @BeforeAll
    static void commission() {
        composition = Compositions.commission(NODE1, "application/yaml",
                Compositions.template("yaml", 20000, Compositions.SIM_TYPE));
    }

    @AfterAll
    static void removeTheComposition() {
        Compositions.deleteQuietly(NODE1, composition);
    }

    @Test
    void aPrimeAndADeployThroughNode1AreStreamedOnNode2() {
        String instance = null;
        try (ChangeStream node2 = ChangeStream.open(NODES.get(1), NOTICE_TIMEOUT)) {
            assertTrue(node2.response().headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"),
                    node2.response().headers().toString());

            Compositions.order(NODE1, composition, "PRIME");
            Compositions.awaitState(NODE1, composition, "PRIMED", "NO_ERROR", ORDER_TIMEOUT);
            node2.await(changes -> changes.stream().anyMatch(change -> names(change, "composition", composition)),
                    "a composition notice for " + composition, NOTICE_TIMEOUT);

            instance = Instances.create(NODE1, composition,
                    Instances.simPayload(composition, JsonValue.EMPTY_JSON_OBJECT));
            Instances.order(NODE1, composition, instance, "deployOrder", "DEPLOY");
            Instances.awaitState(NODE1, composition, instance, "DEPLOYED", "LOCKED", "NO_ERROR", ORDER_TIMEOUT);
            // The order dispatched, then the outcome synced to the replicas: at least two notices for the instance.
            String deployed = instance;
            List<JsonObject> changes = node2.await(received -> received.stream()
                    .filter(change -> names(change, "instance", deployed)).count() >= 2,
                    "two instance notices for " + deployed, NOTICE_TIMEOUT);
            changes.stream().filter(change -> names(change, "instance", deployed)).forEach(change ->
                    assertEquals(composition, change.getString("compositionId"), change.toString()));
        } finally {
            if (instance != null) {
                Instances.removeQuietly(NODE1, composition, instance);
            }
        }
    }

    @Test
    void theStreamNeedsCredentialsAndTheDashboardDoesNot() {
        for (String node : NODES) {
            assertEquals(401, RuntimeClient.anonymous(node).get("/events").statusCode(), node);
            HttpResponse<String> page = Http.send(HttpRequest.newBuilder(
                    URI.create(node + "/onap/policy/clamp/acm/dashboard/")).GET().build());
            assertEquals(200, page.statusCode(), node);
            assertTrue(page.body().contains("id=\"login\""), page.body());
            HttpResponse<String> script = Http.send(HttpRequest.newBuilder(
                    URI.create(node + "/onap/policy/clamp/acm/dashboard/app.js")).GET().build());
            assertEquals(200, script.statusCode(), node);
        }
    }

    private static boolean names(JsonObject change, String kind, String id) {
        return kind.equals(change.getString("kind", "")) && id.equals(change.getString("id", ""));
    }
}
