package dev.acmr.client.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.ClientException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The launcher's {@code status --json}, in the exact shape {@code ./acm status --json} prints it. */
class StackViewTest {

    private static final String SIM_1 = "101c62b3-8918-41b9-a747-d21eb79c6c90";
    private static final String OTHER = "7e3c1f00-5a1b-4c2d-9e8f-0a1b2c3d4e5f";

    private static final String STATUS = "{\"runtime\":["
            + "{\"name\":\"acm-node-1\",\"url\":\"http://127.0.0.1:6969\",\"pid\":4101,\"health\":\"UP\"},"
            + "{\"name\":\"acm-node-2\",\"url\":\"http://127.0.0.1:6970\",\"pid\":null,\"health\":\"DOWN\"}],"
            + "\"defaultParticipant\":\"" + SIM_1 + "\","
            + "\"simulatorPresets\":{\"sim-2\":\"101c62b3-8918-41b9-a747-d21eb79c6c91\","
            + "\"sim-3\":\"101c62b3-8918-41b9-a747-d21eb79c6c92\"},"
            + "\"participants\":[{\"participantId\":\"" + SIM_1 + "\",\"replicas\":["
            + "{\"replicaId\":\"r-1\",\"url\":\"http://127.0.0.1:8101\",\"pid\":5101,\"health\":\"UP\"},"
            + "{\"replicaId\":\"r-2\",\"url\":\"http://127.0.0.1:8102\",\"pid\":5102,\"health\":\"UP\"}]},"
            + "{\"participantId\":\"" + OTHER + "\",\"replicas\":["
            + "{\"replicaId\":null,\"url\":\"http://127.0.0.1:8103\",\"pid\":null,\"health\":\"DOWN\"}]}],"
            + "\"broker\":{\"url\":\"mq://127.0.0.1:7676\",\"pid\":3001,\"health\":\"UP\"},"
            + "\"database\":{\"url\":\"postgresql://127.0.0.1:5432/acm\",\"pid\":30842,\"health\":\"UP\"},"
            + "\"das\":{\"url\":\"http://127.0.0.1:24848\",\"pid\":4000,\"health\":\"UP\"}}\n";

    /** What a launcher printed before the database's pid and the DAS were added. */
    private static final String EARLIER_STATUS = STATUS.replace("\"pid\":30842,", "")
            .replace(",\"das\":{\"url\":\"http://127.0.0.1:24848\",\"pid\":4000,\"health\":\"UP\"}", "");

    private final StackView view = StackView.parse(STATUS);

    @Test
    void readsTheRuntimeNodesWithTheirPidsAndHealth() {
        assertEquals(List.of("http://127.0.0.1:6969", "http://127.0.0.1:6970"), view.runtimeUrls());
        assertEquals(new RuntimeNode("acm-node-1", "http://127.0.0.1:6969", 4101L, Health.UP), view.runtime().get(0));
        assertNull(view.runtime().get(1).pid(), "a node not running has no pid");
        assertEquals(Health.DOWN, view.runtime().get(1).health());
    }

    @Test
    void readsTheDefaultParticipantAndThePresets() {
        assertEquals(SIM_1, view.defaultParticipant());
        assertEquals("101c62b3-8918-41b9-a747-d21eb79c6c91", view.presetParticipant("sim-2"));
        assertEquals(Map.of("sim-2", "101c62b3-8918-41b9-a747-d21eb79c6c91", "sim-3",
                "101c62b3-8918-41b9-a747-d21eb79c6c92"), view.simulatorPresets());
        assertThrows(ClientException.class, () -> view.presetParticipant("sim-9"));
    }

    @Test
    void readsEveryParticipantsReplicas() {
        assertEquals(List.of("http://127.0.0.1:8101", "http://127.0.0.1:8102"), view.replicaUrls(SIM_1));
        assertEquals(new Replica("r-2", "http://127.0.0.1:8102", 5102L, Health.UP),
                view.participant(SIM_1).orElseThrow().replicas().get(1));
        Replica notStarted = view.participant(OTHER).orElseThrow().replicas().get(0);
        assertNull(notStarted.replicaId());
        assertNull(notStarted.pid());
        assertEquals(List.of(), view.replicaUrls("00000000-0000-0000-0000-000000000000"));
    }

    @Test
    void aParticipantRunsWhenEnoughReplicasAreUp() {
        assertTrue(view.running(SIM_1, 2));
        assertFalse(view.running(SIM_1, 3), "only two replicas");
        assertFalse(view.running(OTHER, 1), "its replica is DOWN");
        assertFalse(view.running("00000000-0000-0000-0000-000000000000", 0), "not run by the launcher");
    }

    @Test
    void healthyNeedsEveryRuntimeNodeUp() {
        assertFalse(view.healthy(SIM_1), "node 2 is DOWN");
        StackView allUp = StackView.parse(STATUS.replace("\"pid\":null,\"health\":\"DOWN\"}],\"default",
                "\"pid\":4102,\"health\":\"UP\"}],\"default"));
        assertTrue(allUp.healthy(SIM_1));
        assertFalse(allUp.healthy(OTHER), "its replica is DOWN");
    }

    @Test
    void readsTheBrokerAndTheDatabase() {
        assertEquals(new Broker("mq://127.0.0.1:7676", 3001L, Health.UP), view.broker());
        assertEquals(new Database("postgresql://127.0.0.1:5432/acm", 30842L, Health.UP), view.database());
        assertEquals("acm", view.database().name());
        assertEquals("5432", view.database().port());
    }

    @Test
    void readsTheAdminServer() {
        assertEquals(new AdminServer("http://127.0.0.1:24848", 4000L, Health.UP), view.das());
    }

    @Test
    void anEarlierLauncherWithoutThePostmasterOrTheAdminServerStillParses() {
        StackView earlier = StackView.parse(EARLIER_STATUS);
        assertNull(earlier.das());
        assertEquals(new Database("postgresql://127.0.0.1:5432/acm", null, Health.UP), earlier.database());
        assertEquals(view.runtime(), earlier.runtime());
    }

    @Test
    void somethingElseIsAClientException() {
        assertThrows(ClientException.class, () -> StackView.parse("{\"runtime\":[]}"));
        assertThrows(ClientException.class, () -> StackView.parse("not json"));
    }
}
