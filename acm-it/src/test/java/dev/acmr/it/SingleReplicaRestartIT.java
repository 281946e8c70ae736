package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
import dev.acmr.client.stack.Replica;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A participant with one replica, killed mid-deploy and restarted only after the liveness sweep took it out of the
 * live set: the runtime still knows the replica (listed OFF_LINE meanwhile), recognises the restart by its new
 * incarnation, and gives the deploy to it again once it is synchronised; the deploy completes instead of waiting for
 * its TIMEOUT.
 */
class SingleReplicaRestartIT {

    private static final String PARTICIPANT = "3b9e4d2a-1c7f-4e8b-a6d5-0f1e2d3c4b5a";
    private static final String TYPE = "org.onap.policy.clamp.acm.SingleReplicaTestElement";
    /** Long enough for a Payara Micro replica to restart on a loaded machine, and far within the order timeout. */
    private static final long DEPLOY_TIMEOUT_MS = 240_000;
    private static final RuntimeClient NODE1 = RuntimeClient.authenticated(Stack.runtimeUrls().get(0));
    private static final RuntimeClient NODE2 = RuntimeClient.authenticated(Stack.runtimeUrls().get(1));
    private static String composition;

    @BeforeAll
    static void startTheParticipantAndPrime() {
        startReplica();
        composition = Compositions.commission(NODE1, "application/yaml", Compositions.template("yaml", 20000, TYPE));
        Compositions.order(NODE2, composition, "PRIME");
        Compositions.awaitState(NODE1, composition, "PRIMED", "NO_ERROR", Duration.ofSeconds(40));
    }

    @AfterAll
    static void cleanUp() {
        startReplica();
        replica().parameters("{}");
        Compositions.deleteQuietly(NODE1, composition);
        Stack.launcher(Duration.ofMinutes(1), "sim", "stop", "--participant-id", PARTICIPANT);
    }

    @Test
    void aRestartAfterTheReplicaWasTakenOutOfTheLiveSetGetsItsWorkBack() {
        replica().parameters("{\"deployTimerMs\": 8000}");
        String id = Instances.create(NODE1, composition, Instances.simPayload(composition,
                Json.createObjectBuilder().add("deployTimeoutMs", DEPLOY_TIMEOUT_MS).build()));
        try {
            Replica process = Stack.participant(PARTICIPANT).replicas().get(0);
            Instances.order(NODE2, composition, id, "deployOrder", "DEPLOY");
            awaitRunningDeploy(SimulatorClient.of(process.url()), id);
            Stack.signal(process.pid(), "KILL");

            Poll.until(Duration.ofSeconds(20), () -> {
                String state = stateOf(process.replicaId());
                return "OFF_LINE".equals(state) ? null : state;
            }, seen -> "replica " + process.replicaId() + " listed OFF_LINE after the liveness window; it is " + seen);

            startReplica();
            JsonObject deployed = Instances.await(NODE1, composition, id,
                    instance -> !"DEPLOYING".equals(instance.getString("deployState"))
                            || !"NO_ERROR".equals(instance.getString("stateChangeResult")), "the deploy ends",
                    Duration.ofMillis(DEPLOY_TIMEOUT_MS));
            assertEquals("DEPLOYED", deployed.getString("deployState"), deployed.toString());
            assertEquals("NO_ERROR", deployed.getString("stateChangeResult"), deployed.toString());
            assertEquals("ON_LINE", stateOf(process.replicaId()));
        } finally {
            replica().parameters("{}");
            Instances.removeQuietly(NODE1, composition, id);
        }
    }

    /** Starts the participant's one replica unless it runs (the launcher gives it the same id again). */
    private static void startReplica() {
        if (!Stack.running(PARTICIPANT, 1)) {
            Stack.launcher(Duration.ofMinutes(4), "sim", "start", "--participant-id", PARTICIPANT, "--types",
                    TYPE + ":1.0.0", "--replicas", "1");
        }
    }

    private static SimulatorClient replica() {
        return Stack.replicasOf(PARTICIPANT).get(0);
    }

    /** The replica's participantState in the runtime's view; "absent" if not listed. */
    private static String stateOf(String replicaId) {
        HttpResponse<String> response = NODE1.get("/participants/" + PARTICIPANT);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject replicas = Compositions.json(response.body()).getJsonObject("participant")
                .getJsonObject("replicas");
        return replicas.containsKey(replicaId)
                ? replicas.getJsonObject(replicaId).getString("participantState") : "absent";
    }

    private static void awaitRunningDeploy(SimulatorClient replica, String instanceId) {
        Poll.until(Duration.ofSeconds(20), () -> {
            List<JsonObject> calls = replica.executions();
            return calls.stream().anyMatch(call -> instanceId.equals(call.getString("instanceId", null))
                    && "deploy".equals(call.getString("operation")) && !call.containsKey("outcome"))
                    ? null : "no running deploy yet";
        }, seen -> "the replica did not start the deploy of " + instanceId + ": " + seen);
    }
}
