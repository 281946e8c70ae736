package dev.acmr.it;

import static dev.acmr.it.OnapReplies.excerpt;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * ONAP's further simulator participants for a flow: started through the launcher and waited for until every runtime
 * node may send them orders; stopped and waited for until the node lists no replica of theirs (the participant stays
 * registered, as in ONAP), so the other ITs see the usual stack.
 */
final class OnapParticipants {

    private static final Duration REGISTRATION = Duration.ofMinutes(2);
    private static final Duration DEREGISTRATION = Duration.ofSeconds(60);

    /** The replicas ONAP's flows run each simulator participant with, so an order may go to any of them. */
    static final int REPLICAS = 2;

    private OnapParticipants() {
    }

    /** Fails unless the launcher runs the default participant (ONAP's sim-1) with its {@value #REPLICAS} replicas UP. */
    static void requireDefault(String suite) {
        if (!Stack.running(Stack.DEFAULT_PARTICIPANT, REPLICAS)) {
            throw new AssertionError("[ONAP " + suite + "] needs the default participant (ONAP's sim-1) "
                    + Stack.DEFAULT_PARTICIPANT + " with " + REPLICAS + " replicas UP; the launcher reports "
                    + Stack.participant(Stack.DEFAULT_PARTICIPANT));
        }
    }

    /** Starts the simulator unless it runs, then waits until every node shows its replicas selectable. */
    static void start(Stack.OnapSimulator simulator, int replicas, List<RuntimeClient> nodes) {
        Stack.ensureSimulator(simulator, replicas);
        String id = simulator.participantId();
        Poll.until(REGISTRATION, () -> nodes.stream().map(node -> notReady(node, id, replicas))
                .filter(Objects::nonNull).findFirst().orElse(null),
                seen -> "ONAP " + simulator.launcherName() + " (participant " + id + ") started with " + replicas
                        + " replicas: expected GET /participants/" + id + " on every node to show " + replicas
                        + " selectable replicas within " + REGISTRATION.toSeconds() + " s; last seen: " + seen);
    }

    /** Stops the simulator's replicas, then waits until the node lists none of them. */
    static void stop(Stack.OnapSimulator simulator, RuntimeClient node) {
        String id = simulator.participantId();
        Stack.stopSimulator(simulator);
        Poll.until(DEREGISTRATION, () -> {
            HttpResponse<String> response = node.get("/participants/" + id);
            if (response.statusCode() == 404) {
                return null;
            }
            JsonValue participant = response.statusCode() == 200
                    ? Compositions.json(response.body()).get("participant") : null;
            JsonValue replicas = participant instanceof JsonObject p ? p.get("replicas") : null;
            // A replica the liveness sweep took out stays listed OFF_LINE for a while: only live ones count.
            return replicas instanceof JsonObject map && map.values().stream().noneMatch(r -> r instanceof JsonObject
                    replica && "ON_LINE".equals(replica.getString("participantState", null))) ? null
                    : "GET " + node.nodeUrl() + "/participants/" + id + " -> " + response.statusCode() + " "
                    + excerpt(response.body());
        }, seen -> "ONAP " + simulator.launcherName() + " (participant " + id + ") stopped: expected no replica of it "
                + "in GET /participants/" + id + " within " + DEREGISTRATION.toSeconds() + " s; last seen: " + seen);
    }

    /** Null when the node has the participant with {@code replicas} selectable replicas, else what it shows. */
    private static String notReady(RuntimeClient node, String participantId, int replicas) {
        HttpResponse<String> response = node.get("/participants/" + participantId);
        String request = "GET " + node.nodeUrl() + "/participants/" + participantId + " -> " + response.statusCode();
        if (response.statusCode() != 200) {
            return request + " " + excerpt(response.body());
        }
        JsonValue participant = Compositions.json(response.body()).get("participant");
        JsonValue view = participant instanceof JsonObject p ? p.get("replicas") : null;
        long selectable = view instanceof JsonObject map ? map.values().stream()
                .filter(r -> r instanceof JsonObject replica && replica.getBoolean("selectable", false)).count() : 0;
        return selectable >= replicas ? null : request + " with " + selectable + " selectable replicas: "
                + excerpt(String.valueOf(view));
    }
}
