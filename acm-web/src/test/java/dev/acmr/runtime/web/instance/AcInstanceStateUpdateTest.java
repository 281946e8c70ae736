package dev.acmr.runtime.web.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.acmr.runtime.instance.application.InstanceRejectedException;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class AcInstanceStateUpdateTest {

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

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
