package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.acmr.client.http.Http;
import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A second participant registering an element type another participant already supports is refused, as ONAP refuses
 * it ("... is already used by ..."): it is not stored, not acknowledged, and PRIME keeps binding the type to its
 * owner. Before, it was accepted and PRIME bound to whichever participant was found first.
 */
class ElementTypeOwnershipIT {

    private static final String INTRUDER = "0d6f4a8e-2b1c-4e3d-9f5a-6b7c8d9e0f11";

    @Test
    void aParticipantClaimingTheDefaultParticipantsTypeIsRefused() throws Exception {
        // The launcher waits for the replica to be ready, which a refused replica never is: run it in the background.
        Process launcher = new ProcessBuilder(Path.of(System.getProperty("acm.launcher", "../acm")).toAbsolutePath()
                .toString(), "sim", "start", "--participant-id", INTRUDER, "--types", Compositions.SIM_TYPE + ":1.0.0")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String replica = Eventually.value(ElementTypeOwnershipIT::intruderReplicaUrl, url -> url != null
                    && live(url), "the intruding replica is up", Duration.ofMinutes(4));
            // It asks to register every heartbeat; give it several.
            Compositions.sleep(5000);

            assertFalse(Stack.ready(replica), "a refused replica is not registered, so not ready");
            for (String node : Stack.runtimeUrls()) {
                HttpResponse<String> response = RuntimeClient.authenticated(node).get("/participants/" + INTRUDER);
                assertEquals(404, response.statusCode(), "not stored on " + node + ": " + response.body());
            }
            String composition = Compositions.commission(RuntimeClient.authenticated(Stack.runtimeUrls().get(0)),
                    "application/yaml", Compositions.template("yaml", 20000, Compositions.SIM_TYPE));
            RuntimeClient node2 = RuntimeClient.authenticated(Stack.runtimeUrls().get(1));
            try {
                Compositions.order(node2, composition, "PRIME");
                JsonObject primed = Compositions.awaitState(node2, composition, "PRIMED", "NO_ERROR",
                        Duration.ofSeconds(30));
                primed.getJsonObject("elementStateMap").values().forEach(element -> assertEquals(
                        Stack.DEFAULT_PARTICIPANT, element.asJsonObject().getString("participantId"), primed.toString()));
            } finally {
                Compositions.order(node2, composition, "DEPRIME");
                Compositions.awaitState(node2, composition, "COMMISSIONED", "NO_ERROR", Duration.ofSeconds(30));
                Compositions.deleteQuietly(node2, composition);
            }
        } finally {
            launcher.destroy();
            Stack.launcher(Duration.ofMinutes(1), "sim", "stop", "--participant-id", INTRUDER);
        }
    }

    private static String intruderReplicaUrl() {
        return Stack.view().replicaUrls(INTRUDER).stream().findFirst().orElse(null);
    }

    private static boolean live(String url) {
        return Http.status(url + "/health/live", Duration.ofSeconds(3)) == 200;
    }
}
