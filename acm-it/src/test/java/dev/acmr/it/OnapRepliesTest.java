package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Reading the ids of ONAP's replies as the Robot keywords' yaml.Safe Load does, from YAML or JSON. */
class OnapRepliesTest {

    private static final String ID = "7f6a4f5e-0c61-4b0e-9d35-0a4e1b7a2c11";

    @Test
    void readsATopLevelScalarOfAYamlReply() {
        String yaml = "compositionId: " + ID + "\naffectedAutomationCompositionDefinitions:\n- name: x\n  version: 1.0.0\n";
        assertEquals(ID, OnapReplies.topLevelScalar(yaml, "compositionId"));
        assertEquals(ID, OnapReplies.topLevelScalar("instanceId: '" + ID + "'\n", "instanceId"));
        assertEquals(ID, OnapReplies.topLevelScalar("---\ninstanceId: \"" + ID + "\"\r\n", "instanceId"));
    }

    @Test
    void readsATopLevelStringOfAJsonReply() {
        assertEquals(ID, OnapReplies.topLevelScalar(" {\"instanceId\":\"" + ID + "\",\"affectedAutomationComposition\":{}}",
                "instanceId"));
    }

    @Test
    void findsNothingWhereTheKeyIsNotATopLevelScalar() {
        assertNull(OnapReplies.topLevelScalar("affected:\n  compositionId: " + ID + "\n", "compositionId"));
        assertNull(OnapReplies.topLevelScalar("{\"affected\":{\"compositionId\":\"" + ID + "\"}}", "compositionId"));
        assertNull(OnapReplies.topLevelScalar("{\"compositionId\":", "compositionId"));
        assertNull(OnapReplies.topLevelScalar(null, "compositionId"));
    }
}
