package dev.acmr.it;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * kill -9 of the runtime node that accepted a deploy while the simulator is still deploying: the other node takes the
 * acks from the shared queue and completes the order, and no element is deployed twice.
 */
class RuntimeNodeFailoverIT {

    @RegisterExtension
    static final FaultFixture FIXTURE = FaultFixture.restartingTheStack();
    private static final List<RuntimeClient> NODES = FIXTURE.nodes();

    @Test
    void aDeployCompletesThroughTheSurvivingNode() {
        String composition = FIXTURE.composition();
        RuntimeClient accepting = NODES.get(1);
        RuntimeClient surviving = NODES.get(0);
        String id = Instances.create(accepting, composition, Faults.simInstance(composition));
        JsonObject created = Instances.get(surviving, composition, id);
        Faults.simulatorParameters("{\"deployTimerMs\": 4000}");

        Instances.order(accepting, composition, id, "deployOrder", "DEPLOY");
        long killed = System.nanoTime();
        Stack.signal(Stack.runtimePid(1), "KILL");

        Instances.awaitState(surviving, composition, id, "DEPLOYED", "LOCKED", "NO_ERROR", Faults.ORDER_TIMEOUT);
        System.out.printf("deploy completed %d ms after the accepting node was killed%n",
                Duration.ofNanos(System.nanoTime() - killed).toMillis());
        Faults.assertEachElementCalledOnce(id, Faults.elementIds(created), "deploy");

        Faults.simulatorParameters("{}");
        Instances.order(surviving, composition, id, "deployOrder", "UNDEPLOY");
        Instances.awaitState(surviving, composition, id, "UNDEPLOYED", "NONE", "NO_ERROR", Faults.ORDER_TIMEOUT);
        Faults.assertEachElementCalledOnce(id, Faults.elementIds(created), "deploy", "undeploy");

        Stack.ensureUp();
        Faults.assertSameOnEveryNode(NODES, composition, id);
        Instances.removeQuietly(accepting, composition, id);
    }
}
