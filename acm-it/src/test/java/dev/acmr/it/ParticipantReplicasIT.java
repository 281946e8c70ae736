package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.Credentials;
import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.stack.Health;
import dev.acmr.client.stack.Replica;
import dev.acmr.client.stack.RuntimeNode;
import dev.acmr.client.stack.StackView;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The walking skeleton end to end: replicas register through the adapter and the broker, the runtime stores them in
 * PostgreSQL, both runtime nodes report the same thing, and a replica killed with SIGKILL leaves the live set within
 * twice the heartbeat window and comes back after ./acm start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParticipantReplicasIT {

    private static final String PARTICIPANT = Stack.DEFAULT_PARTICIPANT;

    @Test
    @Order(1)
    void launcherReportsTwoRuntimeNodesAndTwoReplicasAllUp() {
        StackView status = Stack.view();
        List<RuntimeNode> nodes = status.runtime();
        assertEquals(2, nodes.size(), "runtime nodes: " + nodes);
        nodes.forEach(node -> assertEquals(Health.UP, node.health(), node.toString()));
        List<Replica> replicas = Stack.participant(PARTICIPANT).replicas();
        assertEquals(2, replicas.size(), "replicas: " + replicas);
        replicas.forEach(replica -> assertEquals(Health.UP, replica.health(), replica.toString()));
        assertEquals(Health.UP, status.broker().health());
        assertEquals(Health.UP, status.database().health());
    }

    @Test
    @Order(2)
    void bothNodesListTheParticipantWithTwoReplicas() {
        for (String node : Stack.runtimeUrls()) {
            JsonObject participant = awaitParticipant(node, info -> replicaIds(info).size() == 2, Duration.ofSeconds(30));
            JsonObject types = participant.getJsonObject("participant").getJsonObject("participantSupportedElementTypes");
            assertTrue(types.values().stream().map(JsonValue::asJsonObject)
                    .anyMatch(t -> t.getString("typeName").equals("org.onap.policy.clamp.acm.SimAutomationCompositionElement")
                            && t.getString("typeVersion").equals("1.0.0")), types.toString());
            // Listed too, OFF_LINE: a replica that left earlier (kept with its identity for a while).
            assertEquals(2, participant.getJsonObject("participant").getJsonObject("replicas").values().stream()
                    .filter(replica -> "ON_LINE".equals(replica.asJsonObject().getString("participantState")))
                    .count(), participant.toString());
        }
    }

    @Test
    @Order(3)
    void bothNodesGiveTheSameAnswer() {
        List<String> nodes = Stack.runtimeUrls();
        JsonObject first = withoutLastMsg(awaitParticipant(nodes.get(0), info -> true, Duration.ofSeconds(10)));
        for (String node : nodes.subList(1, nodes.size())) {
            assertEquals(first, withoutLastMsg(awaitParticipant(node, info -> true, Duration.ofSeconds(10))),
                    "node " + node + " differs from " + nodes.get(0));
        }
    }

    @Test
    @Order(4)
    void unknownParticipantIs404WithOnapErrorBody() {
        for (String node : Stack.runtimeUrls()) {
            HttpResponse<String> response = RuntimeClient.authenticated(node).get("/participants/" + java.util.UUID.randomUUID());
            assertEquals(404, response.statusCode(), response.body());
            assertTrue(json(response.body()).getString("errorDetails").contains("Participant"), response.body());
            HttpResponse<String> notAUuid = RuntimeClient.authenticated(node).get("/participants/not-a-uuid");
            assertEquals(404, notAUuid.statusCode(), notAUuid.body());
        }
    }

    @Test
    @Order(5)
    void callsWithoutOrWithWrongCredentialsGet401() {
        for (String node : Stack.runtimeUrls()) {
            HttpResponse<String> anonymous = RuntimeClient.anonymous(node).get("/participants");
            assertEquals(401, anonymous.statusCode(), anonymous.body());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            assertEquals(401, RuntimeClient.withCredentials(node, Credentials.runtime().withPassword("wrong"))
                    .get("/participants").statusCode());
            assertEquals(401, RuntimeClient.anonymous(node).get("/participants/" + PARTICIPANT).statusCode());
        }
    }

    @Test
    @Order(6)
    void responsesCarryOnapHeaders() {
        HttpResponse<String> response = RuntimeClient.authenticated(Stack.runtimeUrls().get(0)).get("/participants");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("X-onap-RequestId").isPresent(), response.headers().toString());
        assertEquals("1.0.0", response.headers().firstValue("X-LatestVersion").orElse(null));
    }

    @Test
    @Order(7)
    void killedReplicaLeavesTheLiveSetAndComesBackAfterStart() {
        List<String> nodes = Stack.runtimeUrls();
        Replica victim = Stack.participant(PARTICIPANT).replicas().get(0);
        String victimId = victim.replicaId();
        long pid = victim.pid();

        long killedAt = System.nanoTime();
        ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid)).destroyForcibly();

        Duration limit = Stack.HEARTBEAT_WINDOW.multipliedBy(2);
        for (String node : nodes) {
            awaitParticipant(node, info -> replicaIds(info).size() == 1 && !replicaIds(info).contains(victimId),
                    limit.minusNanos(System.nanoTime() - killedAt).plusMillis(1));
        }
        System.out.printf("replica %s left the live set on every node %d ms after SIGKILL (limit %d ms)%n",
                victimId, Duration.ofNanos(System.nanoTime() - killedAt).toMillis(), limit.toMillis());

        Stack.launcher(Duration.ofMinutes(5), "start");
        for (String node : nodes) {
            JsonObject info = awaitParticipant(node, i -> replicaIds(i).size() == 2, Duration.ofSeconds(30));
            assertTrue(replicaIds(info).contains(victimId), "the restarted replica keeps its identity: " + info);
        }
    }

    private static JsonObject awaitParticipant(String node, Predicate<JsonObject> condition, Duration timeout) {
        long deadline = System.nanoTime() + Math.max(timeout.toNanos(), 0);
        String last = "";
        do {
            HttpResponse<String> response = RuntimeClient.authenticated(node).get("/participants/" + PARTICIPANT);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200) {
                JsonObject info = json(response.body());
                if (condition.test(info)) {
                    return info;
                }
            }
            sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("node " + node + " did not reach the expected state within " + timeout + "; last: " + last);
    }

    // The live set: a replica that left stays listed OFF_LINE for a while, with its identity.
    private static Set<String> replicaIds(JsonObject info) {
        return info.getJsonObject("participant").getJsonObject("replicas").entrySet().stream()
                .filter(entry -> "ON_LINE".equals(entry.getValue().asJsonObject().getString("participantState")))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static JsonObject withoutLastMsg(JsonObject info) {
        var replicas = Json.createObjectBuilder();
        info.getJsonObject("participant").getJsonObject("replicas").forEach(
                (id, replica) -> replicas.add(id, Json.createObjectBuilder(replica.asJsonObject()).remove("lastMsg")));
        var participant = Json.createObjectBuilder(info.getJsonObject("participant")).add("replicas", replicas);
        return Json.createObjectBuilder(info).add("participant", participant).build();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
