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
 * ONAP's CSIT suite clamp-single-element-test.robot, replayed test case by test case (the display names are ONAP's)
 * with ONAP's payloads, status codes, expected states and waits, on both runtime nodes in turn, against the default
 * participant (ONAP's sim-1) and every one of its replicas.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SkipAfterFailedStep.class)
class OnapSingleElementFlowIT {

    private static final String SUITE = "clamp-single-element-test.robot";
    /** The element of ac-instance-simple.yaml whose InternalState the suite checks. */
    private static final String ELEMENT = "709c62b3-8918-41b9-a747-d21eb80c6c34";
    private static final String SIM_1 = Stack.DEFAULT_PARTICIPANT;

    private final OnapFlowSteps steps = new OnapFlowSteps(SUITE);
    private String compositionId;
    private String instanceId;

    @BeforeAll
    void sim1RunsWithReplicas() {
        OnapParticipants.requireDefault(SUITE);
    }

    @BeforeEach
    void nameTheStep(TestInfo step) {
        steps.begin(step.getDisplayName());
    }

    @Test
    @Order(1)
    @DisplayName("CommissionAutomationCompositionSimple")
    void commission() {
        compositionId = steps.commission("ac-definition-simple.yaml");
    }

    @Test
    @Order(2)
    @DisplayName("PrimeACDefinitionsSimple")
    void prime() {
        steps.primeOrder(compositionId, "ACPriming.json");
        steps.awaitPriming(compositionId, "PRIMED", Duration.ofMinutes(2));
    }

    @Test
    @Order(3)
    @DisplayName("InstantiateAutomationCompositionSimple")
    void instantiate() {
        instanceId = steps.instantiate(compositionId, "ac-instance-simple.yaml");
    }

    @Test
    @Order(4)
    @DisplayName("FailDeployAutomationCompositionSimple")
    void failDeploy() {
        steps.setSimulator(SIM_1, FAIL);
        steps.changeState(compositionId, instanceId, "DeployAC.json");
        steps.awaitStateChangeResult(compositionId, instanceId, "FAILED", Duration.ofMinutes(2));
    }

    @Test
    @Order(5)
    @DisplayName("UnDeployAutomationCompositionSimple")
    void undeploy() {
        steps.setSimulator(SIM_1, DELAY);
        steps.changeState(compositionId, instanceId, "UndeployAC.json");
        steps.awaitDeployStatus(compositionId, instanceId, "UNDEPLOYING", Duration.ofMinutes(1));
        steps.awaitInternalState(compositionId, instanceId, "UNDEPLOYING", ELEMENT, Duration.ofMinutes(1));
        steps.awaitDeployStatus(compositionId, instanceId, "UNDEPLOYED", Duration.ofMinutes(3));
        steps.verifyInternalState(compositionId, instanceId, "UNDEPLOYED", ELEMENT);
    }

    @Test
    @Order(6)
    @DisplayName("UnInstantiateAutomationCompositionSimple")
    void uninstantiate() {
        steps.setSimulator(SIM_1, SUCCESS);
        steps.deleteInstance(compositionId, instanceId);
        steps.awaitUninstantiated(compositionId, Duration.ofMinutes(1));
    }

    @Test
    @Order(7)
    @DisplayName("DeleteACDefinitionSimple")
    void deprimeAndDelete() {
        steps.deprimeAndDelete(compositionId);
    }

    @AfterAll
    void leaveNothingBehind() {
        new OnapFlowCleanup(steps).restoreSimulator(SIM_1).removeComposition(compositionId).finish();
    }
}
