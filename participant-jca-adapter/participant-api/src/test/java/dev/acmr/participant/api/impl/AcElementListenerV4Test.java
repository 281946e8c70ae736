package dev.acmr.participant.api.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.participant.api.ParticipantIntermediaryApi;
import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.InstanceElementDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a participant that implements only deploy and undeploy answers for everything else, as ONAP's base class. */
class AcElementListenerV4Test {

    static final UUID COMPOSITION = UUID.randomUUID();
    static final UUID INSTANCE = UUID.randomUUID();
    static final UUID ELEMENT = UUID.randomUUID();
    static final CompositionElementDto DEFINITION = new CompositionElementDto(COMPOSITION,
            new ToscaConceptIdentifier("el", "1.0.0"), Map.of(), Map.of());
    static final InstanceElementDto BEFORE = new InstanceElementDto(INSTANCE, ELEMENT, Map.of("p", 1), Map.of());
    static final InstanceElementDto SAME = new InstanceElementDto(INSTANCE, ELEMENT, Map.of("p", 1), Map.of());
    static final InstanceElementDto CHANGED = new InstanceElementDto(INSTANCE, ELEMENT, Map.of("p", 2), Map.of());
    static final CompositionDto COMPOSITION_DTO = new CompositionDto(COMPOSITION, Map.of(), Map.of());

    /** A listener that, as a participant would, implements deploy and undeploy only. */
    static final class DeployOnly extends AcElementListenerV4 {
        DeployOnly(ParticipantIntermediaryApi api, boolean failUnsupported) {
            super(api);
            failUnsupportedOperation = failUnsupported;
        }

        @Override
        public void deploy(CompositionElementDto compositionElement, InstanceElementDto instanceElement) {
        }

        @Override
        public void undeploy(CompositionElementDto compositionElement, InstanceElementDto instanceElement) {
        }
    }

    private final RecordingIntermediary failing = new RecordingIntermediary();
    private final RecordingIntermediary lenient = new RecordingIntermediary();
    private final DeployOnly failingListener = new DeployOnly(failing.api, true);
    private final DeployOnly lenientListener = new DeployOnly(lenient.api, false);

    private static String element(String deploy, String lock, String result, String message) {
        return "updateAutomationCompositionElementState[" + INSTANCE + ", " + ELEMENT + ", " + deploy + ", " + lock
                + ", " + result + ", " + message + "]";
    }

    private static String composition(String state, String result, String message) {
        return "updateCompositionState[" + COMPOSITION + ", " + state + ", " + result + ", " + message + "]";
    }

    @Test
    void failingUnsupportedOperationsIsOnapsDefault() {
        System.clearProperty(AcElementListenerV4.FAIL_UNSUPPORTED_PROPERTY);
        assertTrue(new AcElementListenerV4(failing.api) {
            @Override
            public void deploy(CompositionElementDto compositionElement, InstanceElementDto instanceElement) {
            }

            @Override
            public void undeploy(CompositionElementDto compositionElement, InstanceElementDto instanceElement) {
            }
        }.failUnsupportedOperation);
    }

    @Test
    void theFlagIsReadFromOnapsSettingAsASystemProperty() {
        System.setProperty(AcElementListenerV4.FAIL_UNSUPPORTED_PROPERTY, "false");
        try {
            AcElementListenerV4 listener = new AcElementListenerV4(failing.api) {
                @Override
                public void deploy(CompositionElementDto compositionElement, InstanceElementDto instanceElement) {
                }

                @Override
                public void undeploy(CompositionElementDto compositionElement, InstanceElementDto instanceElement) {
                }
            };
            assertEquals(false, listener.failUnsupportedOperation);
        } finally {
            System.clearProperty(AcElementListenerV4.FAIL_UNSUPPORTED_PROPERTY);
        }
    }

    @Test
    void lockAndUnlockFailBackToTheStateBeforeOrSucceedNotImplemented() throws Exception {
        failingListener.lock(DEFINITION, BEFORE);
        assertEquals(element("null", "UNLOCKED", "FAILED", "Not supported"), failing.only());
        lenientListener.lock(DEFINITION, BEFORE);
        assertEquals(element("null", "LOCKED", "NO_ERROR", "Not implemented"), lenient.only());
        failing.calls.clear();
        lenient.calls.clear();
        failingListener.unlock(DEFINITION, BEFORE);
        assertEquals(element("null", "LOCKED", "FAILED", "Not supported"), failing.only());
        lenientListener.unlock(DEFINITION, BEFORE);
        assertEquals(element("null", "UNLOCKED", "NO_ERROR", "Not implemented"), lenient.only());
    }

    @Test
    void deleteFailsUndeployedOrSucceedsDeleted() throws Exception {
        failingListener.delete(DEFINITION, BEFORE);
        assertEquals(element("UNDEPLOYED", "null", "FAILED", "Not supported"), failing.only());
        lenientListener.delete(DEFINITION, BEFORE);
        assertEquals(element("DELETED", "null", "NO_ERROR", "Not implemented"), lenient.only());
    }

    @Test
    void updateMigratePrecheckAndRollbackSucceedOnlyWhenNothingChanged() throws Exception {
        failingListener.update(DEFINITION, BEFORE, SAME);
        failingListener.migrate(DEFINITION, DEFINITION, BEFORE, SAME, 0);
        failingListener.migratePrecheck(DEFINITION, DEFINITION, BEFORE, SAME);
        failingListener.rollbackMigration(DEFINITION, DEFINITION, BEFORE, SAME, 0);
        assertEquals(4, failing.calls.size());
        failing.calls.forEach(call -> assertEquals(element("DEPLOYED", "null", "FAILED", "Not supported"), call));

        lenientListener.update(DEFINITION, BEFORE, SAME);
        lenientListener.migrate(DEFINITION, DEFINITION, BEFORE, SAME, 0);
        lenientListener.migratePrecheck(DEFINITION, DEFINITION, BEFORE, SAME);
        lenientListener.rollbackMigration(DEFINITION, DEFINITION, BEFORE, SAME, 0);
        assertEquals(4, lenient.calls.size());
        lenient.calls.forEach(call -> assertEquals(element("DEPLOYED", "null", "NO_ERROR", "Not implemented"), call));

        lenient.calls.clear();
        lenientListener.update(DEFINITION, BEFORE, CHANGED);
        lenientListener.migrate(DEFINITION, DEFINITION, BEFORE, CHANGED, 1);
        lenientListener.migratePrecheck(DEFINITION, DEFINITION, BEFORE, CHANGED);
        lenientListener.rollbackMigration(DEFINITION, DEFINITION, BEFORE, CHANGED, 1);
        lenient.calls.forEach(call -> assertEquals(element("DEPLOYED", "null", "FAILED", "Not implemented"), call));
    }

    @Test
    void reviewStaysDeployedAndPrepareUndeployed() throws Exception {
        failingListener.review(DEFINITION, BEFORE);
        failingListener.prepare(DEFINITION, BEFORE, 0);
        assertEquals(java.util.List.of(element("DEPLOYED", "null", "FAILED", "Not supported"),
                element("UNDEPLOYED", "null", "FAILED", "Not supported")), failing.calls);
        lenientListener.review(DEFINITION, BEFORE);
        lenientListener.prepare(DEFINITION, BEFORE, 0);
        assertEquals(java.util.List.of(element("DEPLOYED", "null", "NO_ERROR", "Not implemented"),
                element("UNDEPLOYED", "null", "NO_ERROR", "Not implemented")), lenient.calls);
    }

    @Test
    void primeAndDeprimeFailBackOrSucceedNotImplemented() throws Exception {
        failingListener.prime(COMPOSITION_DTO);
        failingListener.deprime(COMPOSITION_DTO);
        assertEquals(java.util.List.of(composition("COMMISSIONED", "FAILED", "Not supported"),
                composition("PRIMED", "FAILED", "Not supported")), failing.calls);
        lenientListener.prime(COMPOSITION_DTO);
        lenientListener.deprime(COMPOSITION_DTO);
        assertEquals(java.util.List.of(composition("PRIMED", "NO_ERROR", "Not implemented"),
                composition("COMMISSIONED", "NO_ERROR", "Not implemented")), lenient.calls);
    }
}
