package dev.acmr.it;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The broker dies (kill -9) while a deploy runs and comes back: runtime nodes and replicas reconnect, the acks sent
 * meanwhile are not lost (persistent, in the broker's store or held by the sender until it reconnects), and the
 * deploy completes with each element deployed once.
 */
class BrokerRestartIT {

    @RegisterExtension
    static final FaultFixture FIXTURE = FaultFixture.restartingTheStack();
    private static final List<RuntimeClient> NODES = FIXTURE.nodes();

    @Test
    void aDeployCompletesAfterTheBrokerRestarts() {
        String composition = FIXTURE.composition();
        String id = Instances.create(NODES.get(0), composition, Faults.simInstance(composition));
        JsonObject created = Instances.get(NODES.get(1), composition, id);
        Faults.simulatorParameters("{\"deployTimerMs\": 3000}");

        Instances.order(NODES.get(0), composition, id, "deployOrder", "DEPLOY");
        Compositions.sleep(500);
        long killed = System.nanoTime();
        Stack.signal(Stack.brokerPid(), "KILL");
        Stack.awaitRuntimeReadiness(false, Duration.ofSeconds(20));
        Stack.ensureUp();
        System.out.printf("broker back and every part healthy %d ms after the kill%n",
                Duration.ofNanos(System.nanoTime() - killed).toMillis());

        Instances.awaitState(NODES.get(1), composition, id, "DEPLOYED", "LOCKED", "NO_ERROR", Faults.ORDER_TIMEOUT);
        System.out.printf("deploy completed %d ms after the broker was killed%n",
                Duration.ofNanos(System.nanoTime() - killed).toMillis());
        Faults.assertSameOnEveryNode(NODES, composition, id);
        Faults.assertEachElementCalledOnce(id, Faults.elementIds(created), "deploy");

        Faults.simulatorParameters("{}");
        Instances.order(NODES.get(1), composition, id, "deployOrder", "UNDEPLOY");
        Instances.awaitState(NODES.get(0), composition, id, "UNDEPLOYED", "NONE", "NO_ERROR", Faults.ORDER_TIMEOUT);
        Faults.assertEachElementCalledOnce(id, Faults.elementIds(created), "deploy", "undeploy");
        Instances.removeQuietly(NODES.get(0), composition, id);
    }
}
