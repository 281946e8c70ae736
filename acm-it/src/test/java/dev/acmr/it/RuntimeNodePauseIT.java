package dev.acmr.it;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SIGSTOP of one runtime node for longer than the participants' liveness window while orders run, then SIGCONT: the
 * orders complete, no phase is dispatched twice, and both nodes agree afterwards.
 */
class RuntimeNodePauseIT {

    private static final long PAUSE_MS = 3 * Stack.HEARTBEAT_WINDOW.toMillis();
    @RegisterExtension
    static final FaultFixture FIXTURE = FaultFixture.restartingTheStack();
    private static final List<RuntimeClient> NODES = FIXTURE.nodes();

    @Test
    void ordersCompleteOnceAcrossAPause() {
        String composition = FIXTURE.composition();
        RuntimeClient paused = NODES.get(0);
        RuntimeClient running = NODES.get(1);
        Map<String, Set<String>> elements = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            RuntimeClient node = NODES.get(i % 2);
            String id = Instances.create(node, composition, Faults.simInstance(composition));
            elements.put(id, Faults.elementIds(Instances.get(node, composition, id)));
        }
        Faults.simulatorParameters("{\"deployTimerMs\": 1500}");
        List<String> ids = new ArrayList<>(elements.keySet());
        Instances.order(paused, composition, ids.get(0), "deployOrder", "DEPLOY");
        Instances.order(running, composition, ids.get(1), "deployOrder", "DEPLOY");
        Instances.order(paused, composition, ids.get(2), "deployOrder", "DEPLOY");

        long pid = Stack.runtimePid(0);
        Stack.signal(pid, "STOP");
        try {
            Instances.order(running, composition, ids.get(3), "deployOrder", "DEPLOY");
            Compositions.sleep(PAUSE_MS);
        } finally {
            Stack.signal(pid, "CONT");
        }

        for (String id : ids) {
            Instances.awaitState(running, composition, id, "DEPLOYED", "LOCKED", "NO_ERROR", Faults.ORDER_TIMEOUT);
        }
        Stack.awaitRuntimeReadiness(true, Faults.ORDER_TIMEOUT);
        for (String id : ids) {
            Faults.assertSameOnEveryNode(NODES, composition, id);
            Faults.assertEachElementCalledOnce(id, elements.get(id), "deploy");
        }

        Faults.simulatorParameters("{}");
        for (int i = 0; i < ids.size(); i++) {
            Instances.order(NODES.get(i % 2), composition, ids.get(i), "deployOrder", "UNDEPLOY");
        }
        for (String id : ids) {
            JsonObject undeployed = Instances.awaitState(paused, composition, id, "UNDEPLOYED", "NONE", "NO_ERROR",
                    Faults.ORDER_TIMEOUT);
            Faults.assertEachElementCalledOnce(id, Faults.elementIds(undeployed), "deploy", "undeploy");
            Instances.removeQuietly(running, composition, id);
        }
    }
}
