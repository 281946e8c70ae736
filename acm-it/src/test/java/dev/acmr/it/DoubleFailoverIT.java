package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
import dev.acmr.client.stack.Replica;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Double failover on the three-replica participant of {@link ParticipantReplicationIT}, the third replica drained so
 * that only two take work: the deploy's replica A is paused and failover gives the deploy to B; A wakes up (its
 * answer to the first dispatch is fenced), is synchronised and selectable again; then B is paused and failover gives
 * the same order, revision and phase back to A. A must run it again (it is a new dispatch, not a repeat of the one
 * it handled) and the deploy completes.
 */
class DoubleFailoverIT {

    private static final long DEPLOY_TIMEOUT_MS = 180_000;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final RuntimeClient NODE1 = RuntimeClient.authenticated(Stack.runtimeUrls().get(0));
    private static final RuntimeClient NODE2 = RuntimeClient.authenticated(Stack.runtimeUrls().get(1));
    private static String composition;

    private final List<Long> paused = new ArrayList<>();

    @BeforeAll
    static void primeOnTheReplicatedParticipant() {
        Replicas.ensureRunning(NODE1);
        composition = Compositions.commission(NODE1, "application/yaml",
                Compositions.template("yaml", 20000, Replicas.TYPE));
        Compositions.order(NODE2, composition, "PRIME");
        Compositions.awaitState(NODE1, composition, "PRIMED", "NO_ERROR", WAIT);
    }

    @AfterAll
    static void removeTheComposition() {
        Replicas.ensureRunning(NODE1);
        Compositions.deleteQuietly(NODE1, composition);
    }

    @AfterEach
    void wakeUndrainAndReset() {
        paused.forEach(pid -> Stack.signal(pid, "CONT"));
        Replicas.launcherView().forEach(replica -> NODE1.delete("/participants/" + Replicas.PARTICIPANT
                + "/replicas/" + replica.replicaId() + "/drain"));
        Replicas.clients().forEach(replica -> replica.parameters("{}"));
    }

    @Test
    void aReplicaGivenBackWorkItRanBeforeRunsItAgain() {
        List<Replica> processes = Replicas.launcherView();
        Replica drained = processes.get(2);
        assertEquals(200, NODE1.put("/participants/" + Replicas.PARTICIPANT + "/replicas/" + drained.replicaId()
                + "/drain", "{}").statusCode());
        Replicas.clients().forEach(replica -> replica.parameters("{\"deployTimerMs\": 15000}"));
        String id = Instances.create(NODE1, composition, Instances.simPayload(composition,
                Json.createObjectBuilder().add("deployTimeoutMs", DEPLOY_TIMEOUT_MS).build()));
        try {
            Instances.order(NODE2, composition, id, "deployOrder", "DEPLOY");
            Replica first = runningDeploy(processes.subList(0, 2), id);
            Replica second = processes.subList(0, 2).stream()
                    .filter(replica -> !replica.replicaId().equals(first.replicaId())).findFirst().orElseThrow();

            pause(first);
            // Failover gives the deploy to the second (the third is drained); it runs it slowly.
            awaitRunningOn(second, id);
            wake(first);
            Replicas.awaitRuntimeView(NODE1, view -> view.stream().anyMatch(replica -> first.replicaId()
                    .equals(replica.getString("replicaId")) && replica.getBoolean("selectable")),
                    "the woken replica selectable again", WAIT);

            Replicas.client(first).parameters("{\"deployTimerMs\": 100}");
            pause(second);
            JsonObject deployed = Instances.await(NODE1, composition, id,
                    instance -> !"DEPLOYING".equals(instance.getString("deployState"))
                            || !"NO_ERROR".equals(instance.getString("stateChangeResult")), "the deploy ends",
                    WAIT);
            assertEquals("DEPLOYED", deployed.getString("deployState"), deployed.toString());
            assertEquals("NO_ERROR", deployed.getString("stateChangeResult"), deployed.toString());
            wake(second);
        } finally {
            paused.forEach(pid -> Stack.signal(pid, "CONT"));
            paused.clear();
            Replicas.clients().forEach(replica -> replica.parameters("{}"));
            Instances.removeQuietly(NODE1, composition, id);
        }
    }

    private void pause(Replica replica) {
        Stack.signal(replica.pid(), "STOP");
        paused.add(replica.pid());
    }

    private void wake(Replica replica) {
        Stack.signal(replica.pid(), "CONT");
        paused.remove(replica.pid());
    }

    private static Replica runningDeploy(List<Replica> candidates, String instanceId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (Replica replica : candidates) {
                if (runs(Replicas.client(replica), instanceId)) {
                    return replica;
                }
            }
            Compositions.sleep(100);
        }
        throw new AssertionError("no replica started the deploy of " + instanceId);
    }

    private static void awaitRunningOn(Replica replica, String instanceId) {
        Poll.until(WAIT, () -> runs(Replicas.client(replica), instanceId) ? null : "not yet",
                seen -> "failover did not give the deploy of " + instanceId + " to " + replica.replicaId());
    }

    private static boolean runs(SimulatorClient replica, String instanceId) {
        return replica.executions().stream().anyMatch(call -> instanceId.equals(call.getString("instanceId", null))
                && "deploy".equals(call.getString("operation")) && !call.containsKey("outcome"));
    }
}
