package dev.acmr.it;

import static dev.acmr.it.OnapSimulatorSettings.SUCCESS;
import static dev.acmr.it.OnapSimulatorSettings.TIMEOUT;

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
 * ONAP's CSIT suite clamp-timeout-test.robot, replayed test case by test case (the display names are ONAP's) on both
 * runtime nodes in turn: ac-definition-timeout.yaml gives PRIME {@code metadata.primeTimeoutMs: 200}, and ONAP's
 * timeout settings hold every replica of sim-1 (the default participant) for 260 s before it answers, so the PRIME
 * must end with stateChangeResult TIMEOUT; with the success settings back, DEPRIME must then reach COMMISSIONED.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SkipAfterFailedStep.class)
class OnapTimeoutFlowIT {

    private static final String SUITE = "clamp-timeout-test.robot";
    private static final String SIM_1 = Stack.DEFAULT_PARTICIPANT;

    private final OnapFlowSteps steps = new OnapFlowSteps(SUITE);
    private String compositionId;

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
    @DisplayName("CommissionAcDefinitionTimeout")
    void commission() {
        compositionId = steps.commission("ac-definition-timeout.yaml");
    }

    @Test
    @Order(2)
    @DisplayName("TimeoutPrimeACDefinition")
    void primeTimesOut() {
        steps.setSimulator(SIM_1, TIMEOUT);
        steps.primeOrder(compositionId, "ACPriming.json");
        steps.awaitPrimingResult(compositionId, "TIMEOUT", Duration.ofMinutes(2));
    }

    @Test
    @Order(3)
    @DisplayName("DeleteACDefinitionTimeout")
    void deprimeAndDelete() {
        steps.setSimulator(SIM_1, SUCCESS);
        steps.deprimeAndDelete(compositionId);
    }

    @AfterAll
    void leaveNothingBehind() {
        new OnapFlowCleanup(steps).restoreSimulator(SIM_1).removeComposition(compositionId).finish();
    }
}
