package dev.acmr.runtime.web.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.instance.application.InstanceRejectedException;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.composition.tosca.DocumentSyntax;
import dev.acmr.runtime.composition.tosca.ParseLimits;
import dev.acmr.runtime.composition.tosca.ServiceTemplateParser;
import org.junit.jupiter.api.Test;

class AcInstanceStateUpdateTest {

    private static final ServiceTemplateParser PARSER = new ServiceTemplateParser(ParseLimits.forDocumentsOf(4096));

    @Test
    void readsOneOrder() {
        assertEquals(InstanceOrder.DEPLOY, AcInstanceStateUpdate.orderOf(json("{\"deployOrder\": \"DEPLOY\"}")));
        assertEquals(InstanceOrder.UNDEPLOY, AcInstanceStateUpdate.orderOf(
                json("{\"deployOrder\": \"UNDEPLOY\", \"lockOrder\": \"NONE\"}")));
        assertEquals(InstanceOrder.UNLOCK, AcInstanceStateUpdate.orderOf(json("{\"lockOrder\": \"UNLOCK\"}")));
        assertEquals(InstanceOrder.REVIEW, AcInstanceStateUpdate.orderOf(json("{\"subOrder\": \"REVIEW\"}")));
    }

    @Test
    void refusesNoneTwoOrAnUnknownOrder() {
        assertThrows(InstanceRejectedException.class, () -> AcInstanceStateUpdate.orderOf(json("{}")));
        assertThrows(InstanceRejectedException.class, () -> AcInstanceStateUpdate.orderOf(null));
        assertThrows(InstanceRejectedException.class,
                () -> AcInstanceStateUpdate.orderOf(json("{\"deployOrder\": \"DANCE\"}")));
        assertThrows(InstanceRejectedException.class,
                () -> AcInstanceStateUpdate.orderOf(json("{\"deployOrder\": \"DELETE\"}")));
        assertThrows(InstanceRejectedException.class,
                () -> AcInstanceStateUpdate.orderOf(json("{\"deployOrder\": \"DEPLOY\", \"lockOrder\": \"LOCK\"}")));
        assertThrows(InstanceRejectedException.class, () -> AcInstanceStateUpdate.orderOf(json("{\"lockOrder\": 1}")));
    }

    @Test
    void readsPrepareAndReview() {
        assertEquals(InstanceOrder.PREPARE, AcInstanceStateUpdate.orderOf(json("{\"subOrder\": \"PREPARE\"}")));
        assertEquals(InstanceOrder.REVIEW, AcInstanceStateUpdate.orderOf(yaml("subOrder: REVIEW\n")));
    }

    @Test
    void refusesAMigratePrecheckAsASubOrder() {
        InstanceRejectedException refused = assertThrows(InstanceRejectedException.class,
                () -> AcInstanceStateUpdate.orderOf(json("{\"subOrder\": \"MIGRATE_PRECHECK\"}")));
        assertTrue(refused.getMessage().startsWith("Not valid order MIGRATE_PRECHECK"), refused.getMessage());
        assertTrue(refused.getMessage().contains("POST"), refused.getMessage());
    }

    @Test
    void readsAnOrderSentAsYaml() {
        assertEquals(InstanceOrder.DEPLOY, AcInstanceStateUpdate.orderOf(yaml("deployOrder: DEPLOY\n")));
        assertEquals(InstanceOrder.LOCK, AcInstanceStateUpdate.orderOf(yaml("lockOrder: LOCK\ndeployOrder: NONE\n")));
    }

    @Test
    void refusesABodyThatIsNoObject() {
        assertThrows(InstanceRejectedException.class, () -> AcInstanceStateUpdate.orderOf(json("[]")));
        assertThrows(InstanceRejectedException.class, () -> AcInstanceStateUpdate.orderOf(json("null")));
        assertThrows(InstanceRejectedException.class, () -> AcInstanceStateUpdate.orderOf(json("\"DEPLOY\"")));
        assertThrows(InstanceRejectedException.class,
                () -> AcInstanceStateUpdate.orderOf(json("{\"deployOrder\": [\"DEPLOY\"]}")));
    }

    private static Object json(String text) {
        return PARSER.readDocument(text, DocumentSyntax.JSON);
    }

    private static Object yaml(String text) {
        return PARSER.readDocument(text, DocumentSyntax.YAML);
    }
}
