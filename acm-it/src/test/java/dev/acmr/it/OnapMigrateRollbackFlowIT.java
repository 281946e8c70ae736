package dev.acmr.it;

import static dev.acmr.it.OnapSimulatorSettings.FAIL;
import static dev.acmr.it.OnapSimulatorSettings.SUCCESS;
import static dev.acmr.it.OnapSimulatorSettings.TIMEOUT;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ONAP's CSIT suite clamp-migrate-rollback.robot, replayed test case by test case (the display names and orders are
 * ONAP's; the test cases of its HTTP participant are left out) with ONAP's payloads, status codes, expected states and
 * waits, on both runtime nodes in turn. Definition From puts Starter, Bridge and Sink on sim-1 and Sink2 on sim-2;
 * To replaces Sink by New on sim-1 and Sink2 by New2 on sim-3, so a migration adds and removes elements across three
 * participants, stage by stage. sim-1 runs with its replicas (any of them may be given a stage); sim-2 and sim-3 are
 * started here. Every simulator setting goes to every replica and every simulator check is made on every replica.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SkipAfterFailedStep.class)
class OnapMigrateRollbackFlowIT {

    private static final String SUITE = "clamp-migrate-rollback.robot";
    private static final String SIM_1 = Stack.DEFAULT_PARTICIPANT;
    private static final Stack.OnapSimulator SIM_2 = Stack.OnapSimulator.SIM_2;
    private static final Stack.OnapSimulator SIM_3 = Stack.OnapSimulator.SIM_3;
    private static final String PREFIX = "709c62b3-8918-41b9-a747-d21eb79c6";
    private static final String STARTER = PREFIX + "c34";
    private static final String BRIDGE = PREFIX + "c35";
    private static final String SINK = PREFIX + "c36";
    private static final String NEW = PREFIX + "c37";
    private static final String NEW_2 = PREFIX + "c40";
    private static final String NEW_NAME = "Sim_NewAutomationCompositionElement";
    private static final String NEW_2_NAME = "Sim_NewAutomationCompositionElement2";
    private static final String SINK_NAME = "Sim_SinkAutomationCompositionElement";
    private static final Duration TWO_MINUTES = Duration.ofMinutes(2);
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private final OnapFlowSteps steps = new OnapFlowSteps(SUITE);
    private final OnapMigrationSteps migration = new OnapMigrationSteps(steps);
    private String from;
    private String to;
    private String timeoutInstance;
    private String instance;

    @BeforeAll
    void startTheSimulators() {
        OnapParticipants.requireDefault(SUITE);
        OnapParticipants.start(SIM_2, OnapParticipants.REPLICAS, steps.nodes());
        OnapParticipants.start(SIM_3, OnapParticipants.REPLICAS, steps.nodes());
    }

    @BeforeEach
    void nameTheStep(TestInfo step) {
        steps.begin(step.getDisplayName());
    }

    @Test
    @Order(2)
    @DisplayName("CommissionAcDefinitionMigrationFrom")
    void commissionFrom() {
        from = steps.commission("ac-definition-migration-from.yaml");
    }

    @Test
    @Order(3)
    @DisplayName("CommissionAcDefinitionMigrationTo")
    void commissionTo() {
        to = steps.commission("ac-definition-migration-to.yaml");
    }

    @Test
    @Order(5)
    @DisplayName("FailPrimeACDefinitionFrom")
    void failPrimeFrom() {
        steps.setSimulator(SIM_1, FAIL);
        steps.primeOrder(from, "ACPriming.json");
        steps.awaitPrimingResult(from, "FAILED", TWO_MINUTES);
    }

    @Test
    @Order(6)
    @DisplayName("PrimeACDefinitionFrom")
    void primeFrom() {
        steps.setSimulator(SIM_1, SUCCESS);
        steps.primeOrder(from, "ACPriming.json");
        steps.awaitPriming(from, "PRIMED", TWO_MINUTES);
    }

    @Test
    @Order(7)
    @DisplayName("PrimeACDefinitionTo")
    void primeTo() {
        steps.primeOrder(to, "ACPriming.json");
        steps.awaitPriming(to, "PRIMED", TWO_MINUTES);
    }

    @Test
    @Order(10)
    @DisplayName("InstantiateAutomationCompositionTimeout")
    void instantiateTimeout() {
        timeoutInstance = steps.instantiate(from, "ac-instance-timeout.yaml");
    }

    @Test
    @Order(11)
    @DisplayName("DeployAutomationCompositionTimeout")
    void deployTimesOut() {
        steps.setSimulator(SIM_1, TIMEOUT);
        steps.setSimulator(SIM_2.participantId(), TIMEOUT);
        steps.changeState(from, timeoutInstance, "DeployAC.json");
        steps.awaitStateChangeResult(from, timeoutInstance, "TIMEOUT", Duration.ofMinutes(5));
    }

    @Test
    @Order(12)
    @DisplayName("DeleteAutomationCompositionTimeout")
    void deleteTimedOut() {
        steps.setSimulator(SIM_1, SUCCESS);
        steps.setSimulator(SIM_2.participantId(), SUCCESS);
        undeployAndDelete(from, timeoutInstance);
    }

    @Test
    @Order(13)
    @DisplayName("InstantiateAutomationCompositionMigrationFrom")
    void instantiateMigrationFrom() {
        instance = steps.instantiate(from, "ac-instance-migration-from.yaml", Map.of(CsitPayloads.TEXT, "MyTextInit"));
    }

    @Test
    @Order(14)
    @DisplayName("FailPrepareAutomationCompositionMigrationFrom")
    void failPrepare() {
        steps.setSimulator(SIM_1, FAIL);
        steps.setSimulator(SIM_2.participantId(), FAIL);
        steps.changeState(from, instance, "PrepareAC.json");
        steps.awaitStateChangeResult(from, instance, "FAILED", TWO_MINUTES);
    }

    @Test
    @Order(15)
    @DisplayName("PrepareAutomationCompositionMigrationFrom")
    void prepare() {
        steps.setSimulator(SIM_1, SUCCESS);
        steps.setSimulator(SIM_2.participantId(), SUCCESS);
        steps.changeState(from, instance, "PrepareAC.json");
        migration.awaitSubStatus(from, instance, TEN_MINUTES);
        migration.verifyStageLists("VerifyPrepareElementsRuntime", from, instance, "prepareStage",
                Map.of(STARTER, List.of(1, 2), BRIDGE, List.of(0, 1), SINK, List.of(0, 2)));
    }

    @Test
    @Order(16)
    @DisplayName("FailDeployAutomationCompositionMigration")
    void failDeploy() {
        steps.setSimulator(SIM_1, FAIL);
        steps.changeState(from, instance, "DeployAC.json");
        steps.awaitStateChangeResult(from, instance, "FAILED", TWO_MINUTES);
    }

    @Test
    @Order(18)
    @DisplayName("DeployAutomationCompositionMigration")
    void deploy() {
        steps.setSimulator(SIM_1, SUCCESS);
        steps.changeState(from, instance, "DeployAC.json");
        steps.awaitDeployStatus(from, instance, "DEPLOYED", TWO_MINUTES);
    }

    /** ONAP sends the three reports to its one sim-1; here they go through the replicas in turn. */
    @Test
    @Order(19)
    @DisplayName("SendOutPropertiesToRuntime")
    void sendOutProperties() {
        migration.sendOutProperties(SIM_1, 0, instance, "DumpTest");
        migration.sendOutProperties(SIM_1, 1, instance, "DumpTest");
        migration.sendOutProperties(SIM_1, 2, instance, "MyTextToSend");
        migration.awaitPropertiesUpdated(from, instance, "MyTextToSend", TWO_MINUTES);
    }

    @Test
    @Order(20)
    @DisplayName("FailReviewAutomationCompositionMigrationFrom")
    void failReview() {
        steps.setSimulator(SIM_1, FAIL);
        steps.changeState(from, instance, "ReviewAC.json");
        steps.awaitStateChangeResult(from, instance, "FAILED", TWO_MINUTES);
    }

    @Test
    @Order(21)
    @DisplayName("ReviewAutomationCompositionMigrationFrom")
    void review() {
        steps.setSimulator(SIM_1, SUCCESS);
        steps.changeState(from, instance, "ReviewAC.json");
        migration.awaitSubStatus(from, instance, TEN_MINUTES);
    }

    @Test
    @Order(22)
    @DisplayName("FailAutomationCompositionUpdate")
    void failUpdate() {
        steps.setSimulator(SIM_1, FAIL);
        migration.update("ac-instance-update.yaml", from, instance, "MyTextUpdated");
        steps.awaitStateChangeResult(from, instance, "FAILED", TWO_MINUTES);
    }

    @Test
    @Order(23)
    @DisplayName("AutomationCompositionUpdateRollback")
    void rollbackUpdate() {
        steps.setSimulator(SIM_1, SUCCESS);
        migration.rollback(from, instance);
        steps.awaitDeployStatus(from, instance, "DEPLOYED", TWO_MINUTES);
        migration.verifyPropertiesUpdated(from, instance, "MyTextInit");
        migration.verifySimulator("VerifyParticipantSim(MyTextInit)", SIM_1, instance, List.of("MyTextInit"), List.of());
    }

    @Test
    @Order(24)
    @DisplayName("AutomationCompositionUpdate")
    void update() {
        migration.update("ac-instance-update.yaml", from, instance, "MyTextUpdated");
        steps.awaitDeployStatus(from, instance, "DEPLOYED", TWO_MINUTES);
        migration.verifyPropertiesUpdated(from, instance, "MyTextUpdated");
        migration.verifySimulator("VerifyParticipantSim(MyTextUpdated)", SIM_1, instance, List.of("MyTextUpdated"),
                List.of());
    }

    @Test
    @Order(25)
    @DisplayName("PrecheckAutomationCompositionMigration")
    void precheck() {
        migration.migrate("ac-instance-precheck-migration.yaml", from, to, instance, "TextForMigration");
        migration.awaitSubStatus(from, instance, TWO_MINUTES);
    }

    @Test
    @Order(26)
    @DisplayName("AutomationCompositionMigrationTo")
    void migrateToTo() {
        migration.migrate("ac-instance-migration-to.yaml", from, to, instance, "TextForMigration");
        steps.awaitDeployStatus(to, instance, "DEPLOYED", TWO_MINUTES);
        migration.verifyPropertiesUpdated(to, instance, "TextForMigration");
        migration.verifySimulator("VerifyParticipantSim(TextForMigration)", SIM_1, instance,
                List.of("TextForMigration"), List.of());
        migration.verifyRuntimeTexts("VerifyMigratedElementsRuntime", to, instance, List.of(NEW_NAME, NEW_2_NAME),
                List.of(SINK_NAME));
        migration.verifyStageLists("VerifyMigratedElementsRuntime", to, instance, "stage", Map.of(
                STARTER, List.of(1, 2), BRIDGE, List.of(0, 1), NEW, List.of(0, 2), NEW_2, List.of(1, 2)));
        migration.verifySimulator("VerifyMigratedElementsSim", SIM_1, instance, List.of(NEW_NAME), List.of(SINK_NAME));
        migration.verifyNotHeld("VerifyRemovedElementsSim", SIM_2.participantId(), instance);
        migration.verifySimulator("VerifyMigratedElementsSim3", SIM_3.participantId(), instance, List.of(NEW_2_NAME),
                List.of(SINK_NAME));
    }

    @Test
    @Order(27)
    @DisplayName("FailAutomationCompositionMigration")
    void failMigrationBack() {
        steps.setSimulator(SIM_1, FAIL);
        migration.migrate("ac-instance-migration-fail.yaml", to, from, instance, "TextForMigration");
        steps.awaitStateChangeResult(to, instance, "FAILED", TWO_MINUTES);
    }

    @Test
    @Order(29)
    @DisplayName("FailUnDeployAutomationCompositionMigrationTo")
    void failUndeployMigrated() {
        steps.setSimulator(SIM_1, FAIL);
        steps.changeState(to, instance, "UndeployAC.json");
        steps.awaitStateChangeResult(to, instance, "FAILED", TWO_MINUTES);
    }

    @Test
    @Order(30)
    @DisplayName("UnDeployAutomationCompositionMigrationTo")
    void undeployMigrated() {
        steps.setSimulator(SIM_1, SUCCESS);
        steps.changeState(to, instance, "UndeployAC.json");
        steps.awaitDeployStatus(to, instance, "UNDEPLOYED", TWO_MINUTES);
    }

    @Test
    @Order(31)
    @DisplayName("FailUnInstantiateAutomationCompositionMigrationTo")
    void failDeleteMigrated() {
        steps.setSimulator(SIM_1, FAIL);
        steps.deleteInstance(to, instance);
        steps.awaitStateChangeResult(to, instance, "FAILED", TWO_MINUTES);
    }

    @Test
    @Order(32)
    @DisplayName("UnInstantiateAutomationCompositionMigrationTo")
    void deleteMigrated() {
        steps.setSimulator(SIM_1, SUCCESS);
        steps.deleteInstance(to, instance);
        steps.awaitUninstantiated(to, Duration.ofMinutes(1));
    }

    @Test
    @Order(33)
    @DisplayName("InstantiateAutomationCompositionRollback")
    void instantiateForRollback() {
        instance = steps.instantiate(from, "ac-instance-migration-from.yaml", Map.of(CsitPayloads.TEXT, "MyTextInit"));
    }

    @Test
    @Order(34)
    @DisplayName("DeployAutomationCompositionRollback")
    void deployForRollback() {
        steps.changeState(from, instance, "DeployAC.json");
        steps.awaitDeployStatus(from, instance, "DEPLOYED", TWO_MINUTES);
    }

    @Test
    @Order(35)
    @DisplayName("FailAutomationCompositionMigrationRollback")
    void failMigrationOnSim1() {
        steps.setSimulator(SIM_1, FAIL);
        failMigration();
    }

    @Test
    @Order(36)
    @DisplayName("RollbackAutomationComposition")
    void rollbackMigration() {
        steps.setSimulator(SIM_1, SUCCESS);
        rollbackAndVerify();
    }

    @Test
    @Order(37)
    @DisplayName("UnInstantiateAutomationCompositionRollback")
    void deleteRolledBack() {
        undeployAndDelete(from, instance);
    }

    @Test
    @Order(38)
    @DisplayName("InstantiateAutomationCompositionRollback2")
    void instantiateForRollback2() {
        instance = steps.instantiate(from, "ac-instance-migration-from.yaml", Map.of(CsitPayloads.TEXT, "MyTextInit"));
    }

    @Test
    @Order(39)
    @DisplayName("DeployAutomationCompositionRollback2")
    void deployForRollback2() {
        steps.changeState(from, instance, "DeployAC.json");
        steps.awaitDeployStatus(from, instance, "DEPLOYED", TWO_MINUTES);
    }

    @Test
    @Order(40)
    @DisplayName("FailAutomationCompositionMigrationRollback2")
    void failMigrationOnSim2() {
        steps.setSimulator(SIM_2.participantId(), FAIL);
        failMigration();
    }

    @Test
    @Order(41)
    @DisplayName("RollbackAutomationComposition2")
    void rollbackMigration2() {
        steps.setSimulator(SIM_2.participantId(), SUCCESS);
        rollbackAndVerify();
    }

    @Test
    @Order(42)
    @DisplayName("FailAutomationCompositionMigrationRollback3")
    void failMigrationAgain() {
        steps.setSimulator(SIM_1, FAIL);
        failMigration();
    }

    /** sim-1 still fails (ONAP sets nothing here): the rollback itself fails, in MIGRATION_REVERTING. */
    @Test
    @Order(43)
    @DisplayName("FailRollbackAutomationComposition")
    void failRollback() {
        migration.rollback(from, instance);
        steps.awaitStateChangeResult(from, instance, "FAILED", TWO_MINUTES);
    }

    @Test
    @Order(44)
    @DisplayName("UnInstantiateAutomationCompositionRollback2")
    void deleteAfterFailedRollback() {
        steps.setSimulator(SIM_1, SUCCESS);
        undeployAndDelete(from, instance);
    }

    @Test
    @Order(45)
    @DisplayName("FailDePrimeACDefinitionsFrom")
    void failDeprimeFrom() {
        steps.setSimulator(SIM_1, FAIL);
        steps.primeOrder(from, "ACDepriming.json");
        steps.awaitPrimingResult(from, "FAILED", TWO_MINUTES);
    }

    @Test
    @Order(46)
    @DisplayName("DeleteACDefinitionFrom")
    void deleteFrom() {
        steps.setSimulator(SIM_1, SUCCESS);
        steps.deprimeAndDelete(from);
    }

    @Test
    @Order(48)
    @DisplayName("DeleteACDefinitionTo")
    void deleteTo() {
        steps.deprimeAndDelete(to);
    }

    /**
     * The instances of either composition go first (a failed migration leaves one composition the other's target,
     * which blocks its deprime), then the compositions, then sim-2 and sim-3, which the deprimes need.
     */
    @AfterAll
    void leaveNothingBehind() {
        new OnapFlowCleanup(steps).restoreSimulator(SIM_1)
                .restoreSimulator(SIM_2.participantId()).restoreSimulator(SIM_3.participantId())
                .removeInstances(from).removeInstances(to).removeComposition(from).removeComposition(to)
                .attempt("stop ONAP " + SIM_2.launcherName(), () -> OnapParticipants.stop(SIM_2, steps.node()))
                .attempt("stop ONAP " + SIM_3.launcherName(), () -> OnapParticipants.stop(SIM_3, steps.node()))
                .finish();
    }

    /** MigrateAc of ac-instance-migration-to.yaml with one participant failing: 200, then FAILED. */
    private void failMigration() {
        migration.migrate("ac-instance-migration-to.yaml", from, to, instance, "TextForMigration");
        steps.awaitStateChangeResult(from, instance, "FAILED", TWO_MINUTES);
    }

    /** RollbackAutomationComposition(2): 202, back on From as instantiated, stages run highest first. */
    private void rollbackAndVerify() {
        migration.rollback(from, instance);
        steps.awaitDeployStatus(from, instance, "DEPLOYED", TWO_MINUTES);
        migration.verifyPropertiesUpdated(from, instance, "MyTextInit");
        migration.verifySimulator("VerifyParticipantSim(MyTextInit)", SIM_1, instance, List.of("MyTextInit"), List.of());
        migration.verifyRuntimeTexts("VerifyRollbackElementsRuntime", from, instance, List.of(SINK_NAME),
                List.of(NEW_NAME));
        migration.verifyStageLists("VerifyRollbackElementsRuntime", from, instance, "rollbackStage", Map.of(
                STARTER, List.of(2, 1), BRIDGE, List.of(1, 0), SINK, List.of(2, 0)));
        migration.verifySimulator("VerifyRollbackElementsSim", SIM_1, instance, List.of(SINK_NAME), List.of(NEW_NAME));
    }

    /** UndeployAndDeleteAutomationComposition: UNDEPLOYED within 3 min, DELETE, the list empty within 1 min. */
    private void undeployAndDelete(String compositionId, String instanceId) {
        steps.changeState(compositionId, instanceId, "UndeployAC.json");
        steps.awaitDeployStatus(compositionId, instanceId, "UNDEPLOYED", Duration.ofMinutes(3));
        steps.deleteInstance(compositionId, instanceId);
        steps.awaitUninstantiated(compositionId, Duration.ofMinutes(1));
    }
}
