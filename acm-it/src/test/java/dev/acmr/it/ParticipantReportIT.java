package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * ONAP's "order a participant report" (PUT /participants, PUT /participants/{id}): 202, and every live replica
 * answers with its status, which GET shows. It answered 405 here before.
 */
class ParticipantReportIT {

    private final List<RuntimeClient> nodes = Stack.runtimeUrls().stream().map(RuntimeClient::authenticated).toList();

    @Test
    void orderingAReportFromEveryParticipantIsAcceptedOnEveryNode() {
        for (RuntimeClient node : nodes) {
            HttpResponse<String> response = node.put("/participants", "");
            assertEquals(202, response.statusCode(), "PUT /participants: " + response.body());
        }
    }

    @Test
    void orderingAReportFromOneParticipantRefreshesEveryReplica() {
        Instant ordered = Instant.now();
        HttpResponse<String> response = nodes.get(0).put("/participants/" + Stack.DEFAULT_PARTICIPANT, "");
        assertEquals(202, response.statusCode(), response.body());

        JsonObject participant = Eventually.value(() -> participantOn(nodes.get(1)),
                p -> replicas(p).size() >= 2 && replicas(p).stream().allMatch(r -> heardSince(r, ordered)),
                "every replica of the default participant reported after the order", Duration.ofSeconds(10));
        replicas(participant).forEach(replica -> assertEquals("ON_LINE", replica.getString("participantState"),
                replica.toString()));
    }

    @Test
    void anUnknownParticipantIs404WithOnapsErrorBody() {
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
            HttpResponse<String> response = nodes.get(1).put("/participants/" + id, "");
            assertEquals(404, response.statusCode(), "PUT /participants/" + id + ": " + response.body());
            assertTrue(Compositions.json(response.body()).containsKey("errorDetails"), response.body());
        }
    }

    private static JsonObject participantOn(RuntimeClient node) {
        HttpResponse<String> response = node.get("/participants/" + Stack.DEFAULT_PARTICIPANT);
        assertEquals(200, response.statusCode(), response.body());
        return Compositions.json(response.body());
    }

    // The live replicas: one that left stays listed OFF_LINE for a while and reports nothing.
    private static List<JsonObject> replicas(JsonObject information) {
        return information.getJsonObject("participant").getJsonObject("replicas").values().stream()
                .map(value -> value.asJsonObject())
                .filter(replica -> "ON_LINE".equals(replica.getString("participantState"))).toList();
    }

    private static boolean heardSince(JsonObject replica, Instant since) {
        return !replica.isNull("lastMsg") && lastMsg(replica.getString("lastMsg")).isAfter(since);
    }

    /** ONAP writes lastMsg as a SQL timestamp ("2026-12-06 08:15:00.123", UTC here); ISO-8601 instants are read too. */
    private static Instant lastMsg(String text) {
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException notIso) {
            return java.time.LocalDateTime.parse(text.replace(' ', 'T')).toInstant(java.time.ZoneOffset.UTC);
        }
    }
}
