package dev.acmr.launcher.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatusJsonTest {

    /**
     * Field for field and in the order the launcher's shell rendering printed them (the tests and bench read it); the
     * database's pid and the DAS came later and are only added, never moved.
     */
    @Test
    void rendersTheStackAsTheLauncherAlwaysHas() {
        assertEquals("{\"runtime\":["
                + "{\"name\":\"acm-node-1\",\"url\":\"http://127.0.0.1:6969\",\"pid\":4101,\"health\":\"UP\"},"
                + "{\"name\":\"acm-node-2\",\"url\":\"http://127.0.0.1:6970\",\"pid\":null,\"health\":\"DOWN\"}],"
                + "\"defaultParticipant\":\"101c62b3-8918-41b9-a747-d21eb79c6c90\","
                + "\"simulatorPresets\":{\"sim-1\":\"101c62b3-8918-41b9-a747-d21eb79c6c90\","
                + "\"sim-2\":\"101c62b3-8918-41b9-a747-d21eb79c6c91\",\"sim-3\":\"101c62b3-8918-41b9-a747-d21eb79c6c92\"},"
                + "\"participants\":[{\"participantId\":\"101c62b3-8918-41b9-a747-d21eb79c6c90\",\"replicas\":["
                + "{\"replicaId\":\"327c2067-3437-3724-a61b-1a5f1a566d30\",\"url\":\"http://127.0.0.1:8101\",\"pid\":4201,"
                + "\"health\":\"UP\"},"
                + "{\"replicaId\":\"1c95dcdb-4c69-31b9-b884-31b5ae4c2548\",\"url\":\"http://127.0.0.1:8102\",\"pid\":null,"
                + "\"health\":\"DOWN\"},"
                + "{\"replicaId\":null,\"url\":\"http://127.0.0.1:\",\"pid\":null,\"health\":\"DOWN\"}]},"
                + "{\"participantId\":\"101c62b3-8918-41b9-a747-d21eb79c6c91\",\"replicas\":[]}],"
                + "\"broker\":{\"url\":\"mq://127.0.0.1:7676\",\"pid\":3900,\"health\":\"UP\"},"
                + "\"database\":{\"url\":\"postgresql://127.0.0.1:5432/acm\",\"pid\":null,\"health\":\"DOWN\"},"
                + "\"das\":{\"url\":\"http://127.0.0.1:24848\",\"pid\":4000,\"health\":\"UP\"}}",
                StatusJson.render(StatusSamples.mixed()));
    }

    @Test
    void showsThePostmasterPidWhenKnown() {
        StackStatus mixed = StatusSamples.mixed();
        StackStatus withDatabasePid = new StackStatus(mixed.runtime(), mixed.das(), mixed.defaultParticipant(),
                mixed.presets(), mixed.participants(), mixed.broker(), new StackStatus.Component(
                        mixed.database().url(), java.util.OptionalLong.of(30842), Health.UP));
        assertTrue(StatusJson.render(withDatabasePid).contains(
                "\"database\":{\"url\":\"postgresql://127.0.0.1:5432/acm\",\"pid\":30842,\"health\":\"UP\"}"));
    }

    @Test
    void allUpIgnoresTheAdminServerWhichTheObjectDoesNotShow() {
        assertTrue(StatusJson.allUp(StatusSamples.up(Health.DOWN)));
        assertFalse(StatusJson.allUp(StatusSamples.mixed()));
    }
}
