package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
import dev.acmr.client.stack.Replica;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SIGSTOP of the replica executing a participant's part of an order that spans two participants, for longer than the
 * liveness window, while the other participant is still slow: failover gives the part to another replica, which
 * finishes it; the paused replica was told to fail before it was paused, and after SIGCONT it reports FAILED for the
 * dispatch it held. That late answer must change nothing: the order completes with NO_ERROR and stays so.
 *
 * <p>Both orders use the two-participant composition of {@link InstancePhasesIT}: the default participant (sim-1,
 * two replicas) runs phase 0, a participant of this test (two replicas) phase 1. For the prime, the second
 * participant's slow prime keeps the composition PRIMING; for the deploy, its slow phase 1 keeps the instance
 * DEPLOYING, with the paused replica's element finished in the earlier phase.
 */
class ReplicaPauseIT {

    private static final String SECOND_PARTICIPANT = "5d2b7c1e-6f3a-4b8d-9c0e-1a2b3c4d5e6f";
    private static final String SECOND_TYPE = "org.onap.policy.clamp.acm.SimPausePhaseOneAutomationCompositionElement";
    private static final String PHASE_ZERO = "onap.policy.clamp.ac.element.PhaseZeroElement";
    private static final String PHASE_ONE = "onap.policy.clamp.ac.element.PhaseOneElement";
    /** The paused replica's call must still be running when it is paused: long enough to find and stop it. */
    private static final int FAILING_TIMER_MS = 8000;
    /** The other participant is still busy when the paused replica wakes up and reports. */
    private static final int SLOW_TIMER_MS = 22000;
    /** How long the order must stay completed once done: the late FAILED has been sent long before. */
    private static final Duration STAYS = Duration.ofSeconds(3);
    private static final Duration WAIT = Duration.ofSeconds(40);

    private static final List<RuntimeClient> NODES = Stack.runtimeUrls().stream().map(RuntimeClient::authenticated)
            .toList();

    private Long pausedPid;

    @BeforeAll
    static void startTheSecondParticipant() {
        if (!Stack.running(Stack.DEFAULT_PARTICIPANT, 2)) {
            throw new AssertionError("needs the default participant with 2 replicas UP: "
                    + Stack.participant(Stack.DEFAULT_PARTICIPANT));
        }
        Stack.launcher(Duration.ofMinutes(4), "sim", "start", "--participant-id", SECOND_PARTICIPANT, "--types",
                SECOND_TYPE + ":1.0.0", "--replicas", "2");
    }

    @AfterAll
    static void stopTheSecondParticipant() {
        Stack.launcher(Duration.ofMinutes(1), "sim", "stop", "--participant-id", SECOND_PARTICIPANT);
    }

    @AfterEach
    void wakeAndReset() {
        if (pausedPid != null) {
            Stack.signal(pausedPid, "CONT");
            pausedPid = null;
        }
        Stack.ensureUp();
        resetParameters();
    }

    private static void resetParameters() {
        Stack.replicasOf(Stack.DEFAULT_PARTICIPANT).forEach(replica -> replica.parameters("{}"));
        Stack.replicasOf(SECOND_PARTICIPANT).forEach(replica -> replica.parameters("{}"));
    }

    @Test
    void aPausedReplicasLateFailureDoesNotFailAPrimeAnotherReplicaFinished() {
        Stack.replicasOf(Stack.DEFAULT_PARTICIPANT).forEach(replica -> replica.parameters(
                "{\"primeSuccess\": false, \"primeTimerMs\": " + FAILING_TIMER_MS + "}"));
        Stack.replicasOf(SECOND_PARTICIPANT).forEach(replica -> replica.parameters(
                "{\"primeTimerMs\": " + SLOW_TIMER_MS + "}"));
        String composition = Compositions.commission(NODES.get(0), "application/yaml", template());
        try {
            List<Replica> processes = Stack.participant(Stack.DEFAULT_PARTICIPANT).replicas();
            Compositions.order(NODES.get(1), composition, "PRIME");

            Replica paused = pauseTheExecutor(processes, call -> "prime".equals(call.getString("operation"))
                    && composition.equals(call.getString("compositionId", null)),
                    "{\"primeSuccess\": true, \"primeTimerMs\": 100}");
            awaitCallEndedOnAnother(processes, paused, call -> "prime".equals(call.getString("operation"))
                    && composition.equals(call.getString("compositionId", null)), "PRIMED");
            wake(paused);
            awaitCallEnded(paused, call -> "prime".equals(call.getString("operation"))
                    && composition.equals(call.getString("compositionId", null)), "FAILED");

            JsonObject whileRunning = Compositions.get(NODES.get(0), composition);
            assertEquals("NO_ERROR", whileRunning.getString("stateChangeResult"),
                    "the late FAILED of the paused replica was fenced: " + whileRunning);
            Compositions.awaitState(NODES.get(0), composition, "PRIMED", "NO_ERROR", WAIT);
            staysSo(() -> Compositions.get(NODES.get(1), composition), "PRIMED");
        } finally {
            resetParameters();
            Compositions.deleteQuietly(NODES.get(0), composition);
        }
    }

    @Test
    void aPausedReplicasLateFailureOfAnEarlierPhaseDoesNotFailTheDeploy() {
        String composition = Compositions.commission(NODES.get(0), "application/yaml", template());
        Compositions.order(NODES.get(1), composition, "PRIME");
        Compositions.awaitState(NODES.get(0), composition, "PRIMED", "NO_ERROR", WAIT);
        Map<String, JsonObject> elements = new LinkedHashMap<>();
        elements.put(PHASE_ZERO, JsonValue.EMPTY_JSON_OBJECT);
        elements.put(PHASE_ONE, JsonValue.EMPTY_JSON_OBJECT);
        String instance = Instances.create(NODES.get(1), composition, Instances.payload(composition, elements));
        try {
            Stack.replicasOf(Stack.DEFAULT_PARTICIPANT).forEach(replica -> replica.parameters(
                    "{\"deploySuccess\": false, \"deployTimerMs\": " + FAILING_TIMER_MS + "}"));
            Stack.replicasOf(SECOND_PARTICIPANT).forEach(replica -> replica.parameters(
                    "{\"deployTimerMs\": " + SLOW_TIMER_MS + "}"));
            List<Replica> processes = Stack.participant(Stack.DEFAULT_PARTICIPANT).replicas();
            Instances.order(NODES.get(0), composition, instance, "deployOrder", "DEPLOY");

            Predicate<JsonObject> deployOfPhaseZero = call -> "deploy".equals(call.getString("operation"))
                    && instance.equals(call.getString("instanceId", null));
            Replica paused = pauseTheExecutor(processes, deployOfPhaseZero,
                    "{\"deploySuccess\": true, \"deployTimerMs\": 100}");
            awaitCallEndedOnAnother(processes, paused, deployOfPhaseZero, "DEPLOYED");
            wake(paused);
            awaitCallEnded(paused, deployOfPhaseZero, "FAILED");

            JsonObject whileRunning = Instances.get(NODES.get(0), composition, instance);
            assertEquals("NO_ERROR", whileRunning.getString("stateChangeResult"),
                    "the late FAILED of the paused replica was fenced: " + whileRunning);
            Instances.awaitState(NODES.get(0), composition, instance, "DEPLOYED", "LOCKED", "NO_ERROR", WAIT);
            staysSo(() -> Instances.get(NODES.get(1), composition, instance), "DEPLOYED");
        } finally {
            resetParameters();
            Instances.removeQuietly(NODES.get(0), composition, instance);
            Compositions.deleteQuietly(NODES.get(0), composition);
        }
    }

    private static String template() {
        return Compositions.fixture("tosca/two-participant-composition.yaml")
                .replace("@NAME@", "pause-" + UUID.randomUUID())
                .replace("@FIRST_TYPE@", Compositions.SIM_TYPE)
                .replace("@SECOND_TYPE@", SECOND_TYPE);
    }

    /**
     * Finds the replica of the default participant running the call, stops it, and lets every other replica of it
     * succeed quickly with {@code takerParameters}, so that failover's taker finishes. The paused one keeps its
     * parameters: it fails when it wakes up.
     */
    private Replica pauseTheExecutor(List<Replica> processes, Predicate<JsonObject> call, String takerParameters) {
        Replica executor = found(Duration.ofSeconds(20), () -> processes.stream()
                .filter(replica -> Replicas.client(replica).executions().stream()
                        .anyMatch(seen -> call.test(seen) && !seen.containsKey("outcome")))
                .findFirst().orElse(null), "a replica of the default participant running the call");
        Stack.signal(executor.pid(), "STOP");
        pausedPid = executor.pid();
        processes.stream().filter(replica -> !replica.replicaId().equals(executor.replicaId()))
                .forEach(replica -> Replicas.client(replica).parameters(takerParameters));
        return executor;
    }

    private void wake(Replica paused) {
        Stack.signal(paused.pid(), "CONT");
        pausedPid = null;
    }

    /** Waits until a replica other than the paused one ran the call to {@code outcome} (failover's taker). */
    private static void awaitCallEndedOnAnother(List<Replica> processes, Replica paused, Predicate<JsonObject> call,
            String outcome) {
        found(WAIT, () -> processes.stream()
                .filter(replica -> !replica.replicaId().equals(paused.replicaId()))
                .filter(replica -> ended(Replicas.client(replica), call, outcome)).findFirst().orElse(null),
                "another replica finishing the call with " + outcome + " while " + paused.replicaId()
                        + " is paused");
    }

    /** Waits until the woken replica reported the call's outcome (its late answer has been sent). */
    private static void awaitCallEnded(Replica replica, Predicate<JsonObject> call, String outcome) {
        found(WAIT, () -> ended(Replicas.client(replica), call, outcome) ? replica : null,
                "the woken replica " + replica.replicaId() + " reporting " + outcome);
    }

    private static boolean ended(SimulatorClient replica, Predicate<JsonObject> call, String outcome) {
        return replica.executions().stream().anyMatch(seen -> call.test(seen)
                && outcome.equals(seen.getString("outcome", null)));
    }

    /** Polls {@code find} until it finds something (non-null), at most {@code within}. */
    private static <T> T found(Duration within, Supplier<T> find, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            T value = find.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not seen within " + within + ": " + what);
            }
            Compositions.sleep(100);
        }
    }

    /** Reads the entity for {@link #STAYS}: it stays in {@code state} with NO_ERROR all along. */
    private static void staysSo(Supplier<JsonObject> read, String state) {
        long until = System.nanoTime() + STAYS.toNanos();
        while (System.nanoTime() < until) {
            JsonObject now = read.get();
            String current = Optional.ofNullable(now.getString("state", null))
                    .orElseGet(() -> now.getString("deployState", null));
            assertEquals(state, current, now.toString());
            assertNotEquals("FAILED", now.getString("stateChangeResult"), now.toString());
            Compositions.sleep(200);
        }
    }
}
