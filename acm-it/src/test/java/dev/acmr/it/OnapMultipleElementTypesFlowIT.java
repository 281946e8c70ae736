package dev.acmr.it;

import static dev.acmr.it.OnapSimulatorSettings.DELAY;
import static dev.acmr.it.OnapSimulatorSettings.FAIL;
import static dev.acmr.it.OnapSimulatorSettings.SUCCESS;

import java.time.Duration;
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
 * ONAP's CSIT suite clamp-multiple-element-type-test.robot, replayed test case by test case (the display names are
 * ONAP's) with ONAP's payloads, status codes, expected states and waits, on both runtime nodes in turn. Its elements
 * are of two types that one participant supports, ONAP's sim-3, which this class starts (with replicas) through the
 * launcher and stops afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SkipAfterFailedStep.class)
class OnapMultipleElementTypesFlowIT {

    private static final String SUITE = "clamp-multiple-element-type-test.robot";
    /** The elements of ac-instance-multiple.yaml, one per type, whose InternalState the suite checks. */
    private static final String ELEMENT_TYPE1 = "709c62b3-8918-41b9-a747-d21eb80c6c41";
    private static final String ELEMENT_TYPE2 = "709c62b3-8918-41b9-a747-d21eb80c6c42";
    private static final Stack.OnapSimulator SIM_3 = Stack.OnapSimulator.SIM_3;

    private final OnapFlowSteps steps = new OnapFlowSteps(SUITE);
    private String compositionId;
    private String instanceId;

    @BeforeAll
    void startSim3() {
        OnapParticipants.start(SIM_3, OnapParticipants.REPLICAS, steps.nodes());
    }

    @BeforeEach
    void nameTheStep(TestInfo step) {
        steps.begin(step.getDisplayName());
    }

    @Test
    @Order(1)
    @DisplayName("CommissionACMultipleElementTypes")
    void commission() {
        compositionId = steps.commission("ac-definition-multiple.yaml");
    }

    @Test
    @Order(2)
    @DisplayName("PrimeACDefinition")
    void prime() {
        steps.primeOrder(compositionId, "ACPriming.json");
        steps.awaitPriming(compositionId, "PRIMED", Duration.ofMinutes(2));
    }

    @Test
    @Order(3)
    @DisplayName("InstantiateAutomationComposition")
    void instantiate() {
        instanceId = steps.instantiate(compositionId, "ac-instance-multiple.yaml");
    }

    @Test
    @Order(4)
    @DisplayName("FailDeployAutomationComposition")
    void failDeploy() {
        steps.setSimulator(SIM_3.participantId(), FAIL);
        steps.changeState(compositionId, instanceId, "DeployAC.json");
        steps.awaitStateChangeResult(compositionId, instanceId, "FAILED", Duration.ofMinutes(2));
    }

    @Test
    @Order(5)
    @DisplayName("UnDeployAutomationComposition")
    void undeploy() {
        steps.setSimulator(SIM_3.participantId(), DELAY);
        steps.changeState(compositionId, instanceId, "UndeployAC.json");
        steps.awaitDeployStatus(compositionId, instanceId, "UNDEPLOYING", Duration.ofMinutes(1));
        steps.awaitInternalState(compositionId, instanceId, "UNDEPLOYING", ELEMENT_TYPE1, Duration.ofMinutes(1));
        steps.awaitInternalState(compositionId, instanceId, "UNDEPLOYING", ELEMENT_TYPE2, Duration.ofMinutes(1));
        steps.awaitDeployStatus(compositionId, instanceId, "UNDEPLOYED", Duration.ofMinutes(3));
        steps.verifyInternalState(compositionId, instanceId, "UNDEPLOYED", ELEMENT_TYPE1);
        steps.verifyInternalState(compositionId, instanceId, "UNDEPLOYED", ELEMENT_TYPE2);
    }

    @Test
    @Order(6)
    @DisplayName("UnInstantiateAutomationComposition")
    void uninstantiate() {
        steps.setSimulator(SIM_3.participantId(), SUCCESS);
        steps.deleteInstance(compositionId, instanceId);
        steps.awaitUninstantiated(compositionId, Duration.ofMinutes(1));
    }

    @Test
    @Order(7)
    @DisplayName("DeleteACDefinition")
    void deprimeAndDelete() {
        steps.deprimeAndDelete(compositionId);
    }

    /** The composition needs sim-3 to deprime, so sim-3 stops last. */
    @AfterAll
    void leaveNothingBehind() {
        OnapFlowCleanup cleanup = new OnapFlowCleanup(steps);
        cleanup.restoreSimulator(SIM_3.participantId()).removeComposition(compositionId)
                .attempt("stop ONAP " + SIM_3.launcherName(), () -> OnapParticipants.stop(SIM_3, steps.node()))
                .finish();
    }
}
