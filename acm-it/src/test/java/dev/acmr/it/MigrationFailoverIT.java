package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
import dev.acmr.client.stack.Replica;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/**
 * A sim-1 replica killed during a migration does not stall it: the runtime hands the stage to another replica and
 * the migration completes without a new order, each element having run each of its stages once in the record the
 * runtime keeps ({@code outProperties.stage} as in ONAP's migrate-rollback suite), and the surviving replicas hold the
 * migrated instance. ONAP's From and To definitions and instance payloads are used (sim-1 with its replicas, sim-2
 * and sim-3 started here); sim-1's migrate calls are slowed so the kill lands inside a stage or between two.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationFailoverIT {

    private static final String SIM_1 = Stack.DEFAULT_PARTICIPANT;
    private static final Stack.OnapSimulator SIM_2 = Stack.OnapSimulator.SIM_2;
    private static final Stack.OnapSimulator SIM_3 = Stack.OnapSimulator.SIM_3;
    private static final String PREFIX = "709c62b3-8918-41b9-a747-d21eb79c6";
    /** Long enough to see a stage running and kill its replica; short enough to keep the test brief. */
    private static final String SLOW_MIGRATE = "{\"migrateTimerMs\":10000}";
    /** ONAP's migrate ceiling (2 min) also bounds a migration whose first stage ran twice. */
    private static final Duration MIGRATION = Duration.ofMinutes(2);
    /** A restarted replica registers and receives its full sync within this. */
    private static final Duration REJOIN = Duration.ofMinutes(1);

    private final OnapFlowSteps steps = new OnapFlowSteps("migration failover, on ONAP's migrate-rollback payloads");
    private final OnapMigrationSteps migration = new OnapMigrationSteps(steps);
    private String from;
    private String to;

    @BeforeAll
    void primeFromAndTo() {
        OnapParticipants.requireDefault("migration failover");
        OnapParticipants.start(SIM_2, OnapParticipants.REPLICAS, steps.nodes());
        OnapParticipants.start(SIM_3, OnapParticipants.REPLICAS, steps.nodes());
        steps.begin("prime From and To");
        from = steps.commission("ac-definition-migration-from.yaml");
        to = steps.commission("ac-definition-migration-to.yaml");
        steps.primeOrder(from, "ACPriming.json");
        steps.primeOrder(to, "ACPriming.json");
        steps.awaitPriming(from, "PRIMED", Duration.ofMinutes(2));
        steps.awaitPriming(to, "PRIMED", Duration.ofMinutes(2));
    }

    @BeforeEach
    void nameTheCase(TestInfo test) {
        steps.begin(test.getDisplayName());
    }

    /**
     * Whatever a case did, sim-1 is whole again and back on its defaults, and no instance is left (ONAP's payload has
     * fixed element ids, which the next case's instance reuses).
     */
    @AfterEach
    void sim1WholeAndNothingLeft() {
        if (!Stack.running(SIM_1, OnapParticipants.REPLICAS)) {
            Stack.ensureUp();
        }
        awaitEveryReplica(SIM_1, "/instances", held -> true, "every sim-1 replica answering", REJOIN, null);
        Stack.replicasOf(SIM_1).forEach(replica -> replica.parameters("{}"));
        new OnapFlowCleanup(steps).removeInstances(from).removeInstances(to).finish();
    }

    @AfterAll
    void leaveNothingBehind() {
        new OnapFlowCleanup(steps).restoreSimulator(SIM_1)
                .removeInstances(from).removeInstances(to).removeComposition(from).removeComposition(to)
                .attempt("stop ONAP " + SIM_2.launcherName(), () -> OnapParticipants.stop(SIM_2, steps.node()))
                .attempt("stop ONAP " + SIM_3.launcherName(), () -> OnapParticipants.stop(SIM_3, steps.node()))
                .finish();
    }

    @Test
    void aReplicaKilledDuringAStageHandsTheStageToAnother() {
        String instance = deployedInstance();
        List<Replica> processes = slowSim1();
        migration.migrate("ac-instance-migration-to.yaml", from, to, instance, "TextForMigration");

        JsonObject running = awaitMigrateCall(instance, call -> call.getInt("stage", -1) == 0
                && !call.containsKey("outcome"), "a sim-1 replica running stage 0 of the migration");
        String victim = kill(processes, running.getString("replicaId"));

        verifyMigrated(instance, victim);
        List<String> outcomes = outcomes(to, instance);
        assertTrue(outcomes.contains("REDISPATCHED"), "the killed replica's stage was redispatched: " + outcomes);
        rejoinedAndRemoved(instance);
    }

    @Test
    void aReplicaKilledBetweenStagesDoesNotStallTheMigration() {
        String instance = deployedInstance();
        List<Replica> processes = slowSim1();
        migration.migrate("ac-instance-migration-to.yaml", from, to, instance, "TextForMigration");

        JsonObject stage0 = awaitMigrateCall(instance, call -> call.getInt("stage", -1) == 0
                && call.containsKey("outcome"), "a sim-1 replica having finished stage 0 of the migration");
        awaitMigrateCall(instance, call -> call.getInt("stage", -1) == 1,
                "stage 1 of the migration given to a sim-1 replica (stage 0 settled)");
        String victim = kill(processes, stage0.getString("replicaId"));

        verifyMigrated(instance, victim);
        rejoinedAndRemoved(instance);
    }

    /** ONAP's From instance (MyTextInit), deployed. */
    private String deployedInstance() {
        String instance = steps.instantiate(from, "ac-instance-migration-from.yaml",
                Map.of(CsitPayloads.TEXT, "MyTextInit"));
        steps.changeState(from, instance, "DeployAC.json");
        steps.awaitDeployStatus(from, instance, "DEPLOYED", Duration.ofMinutes(2));
        return instance;
    }

    /**
     * Slows every sim-1 replica's migrate calls; returns the replica processes, looked up before the order so that
     * the kill follows the sight of the call at once (asking the launcher takes seconds on a loaded machine).
     */
    private List<Replica> slowSim1() {
        Stack.replicasOf(SIM_1).forEach(replica -> replica.parameters(SLOW_MIGRATE));
        return Stack.participant(SIM_1).replicas();
    }

    /** Polls every sim-1 replica's executions for a migrate call of the instance that passes {@code wanted}. */
    private JsonObject awaitMigrateCall(String instance, Predicate<JsonObject> wanted, String what) {
        List<SimulatorClient> replicas = Stack.replicasOf(SIM_1);
        return Eventually.value(() -> replicas.stream().flatMap(replica -> replica.executions().stream())
                .filter(call -> instance.equals(call.getString("instanceId", null))
                        && "migrate".equals(call.getString("operation")) && wanted.test(call))
                .findFirst(), Optional::isPresent, what, Duration.ofSeconds(30)).orElseThrow();
    }

    private static String kill(List<Replica> processes, String replicaId) {
        Replica victim = processes.stream().filter(replica -> replica.replicaId().equals(replicaId)).findFirst()
                .orElseThrow(() -> new AssertionError("no sim-1 process for replica " + replicaId + ": " + processes));
        Stack.signal(victim.pid(), "KILL");
        return victim.replicaId();
    }

    /**
     * The checks of ONAP's AutomationCompositionMigrationTo on the runtime, without a new order, and on the replicas
     * that survived (sim-1's other replica, every sim-3 replica; no sim-2 replica holds the instance).
     */
    private void verifyMigrated(String instance, String victim) {
        steps.awaitDeployStatus(to, instance, "DEPLOYED", MIGRATION);
        migration.verifyPropertiesUpdated(to, instance, "TextForMigration");
        migration.verifyRuntimeTexts("VerifyMigratedElementsRuntime", to, instance,
                List.of("Sim_NewAutomationCompositionElement", "Sim_NewAutomationCompositionElement2"),
                List.of("Sim_SinkAutomationCompositionElement"));
        migration.verifyStageLists("VerifyMigratedElementsRuntime", to, instance, "stage", Map.of(
                PREFIX + "c34", List.of(1, 2), PREFIX + "c35", List.of(0, 1), PREFIX + "c37", List.of(0, 2),
                PREFIX + "c40", List.of(1, 2)));
        awaitEveryReplica(SIM_1, "/instances/" + instance, migratedCopy(), "the surviving sim-1 replica holding the"
                + " migrated instance", Replicas.SYNC_BOUND, victim);
        migration.verifySimulator("VerifyMigratedElementsSim3", SIM_3.participantId(), instance,
                List.of("Sim_NewAutomationCompositionElement2"), List.of("Sim_SinkAutomationCompositionElement"));
        migration.verifyNotHeld("VerifyRemovedElementsSim", SIM_2.participantId(), instance);
    }

    /** The killed replica restarts and catches up (full sync on joining); then the instance is removed. */
    private void rejoinedAndRemoved(String instance) {
        Stack.ensureUp();
        awaitEveryReplica(SIM_1, "/instances/" + instance, migratedCopy(), "every sim-1 replica, the restarted one"
                + " too, holding the migrated instance", REJOIN, null);
        steps.changeState(to, instance, "UndeployAC.json");
        steps.awaitDeployStatus(to, instance, "UNDEPLOYED", Duration.ofMinutes(3));
        steps.deleteInstance(to, instance);
        steps.awaitUninstantiated(to, Duration.ofMinutes(1));
    }

    /** ONAP's VerifyParticipantSim and VerifyMigratedElementsSim on one copy, and the copy settled as DEPLOYED. */
    private static Predicate<String> migratedCopy() {
        return held -> held.contains("Sim_NewAutomationCompositionElement")
                && !held.contains("Sim_SinkAutomationCompositionElement") && held.contains("TextForMigration")
                && held.contains("DEPLOYED");
    }

    /** Polls every replica of the participant but {@code except} until each answers GET {@code path} 200 as wanted. */
    private static void awaitEveryReplica(String participantId, String path, Predicate<String> wanted, String what,
            Duration within, String except) {
        List<SimulatorClient> replicas = Stack.participant(participantId).replicas().stream()
                .filter(replica -> !replica.replicaId().equals(except)).map(Replicas::client).toList();
        Poll.until(within, () -> replicas.stream().map(replica -> {
            HttpResponse<String> response = replica.send("GET", path, null);
            return response.statusCode() == 200 && wanted.test(response.body()) ? null
                    : replica.url() + " -> " + response.statusCode() + " " + OnapReplies.excerpt(response.body());
        }).filter(Objects::nonNull).findFirst().orElse(null), seen -> what + ": not within " + within + "; "
                + seen);
    }

    /** How the instance's dispatches ended (DONE, REDISPATCHED, ...), read through the runtime. */
    private List<String> outcomes(String compositionId, String instance) {
        RuntimeClient node = steps.node();
        HttpResponse<String> response = node.get(Instances.path(compositionId, instance) + "/dispatches");
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray()
                .getValuesAs(JsonObject.class).stream().map(dispatch -> dispatch.getString("outcome", "open"))
                .toList();
    }
}
