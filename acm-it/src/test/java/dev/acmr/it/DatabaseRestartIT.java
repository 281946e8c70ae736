package dev.acmr.it;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The database goes away while a deploy runs: every connection of the stack's database is killed
 * (pg_terminate_backend) and new ones are refused for a while, which is what the nodes see of a PostgreSQL restart
 * or failover, without restarting the server other stacks on the host share. Readiness goes DOWN on every node, then
 * UP again; the participant's acks sent meanwhile are redelivered until they apply, and the deploy completes with
 * each element deployed once.
 */
class DatabaseRestartIT {

    private static final Duration OUTAGE = Duration.ofSeconds(8);
    @RegisterExtension
    static final FaultFixture FIXTURE = FaultFixture.restartingTheStack().restoringFirst(() -> allowConnections(true));
    private static final List<RuntimeClient> NODES = FIXTURE.nodes();

    @Test
    void aDeployCompletesAfterADatabaseOutage() {
        String composition = FIXTURE.composition();
        String id = Instances.create(NODES.get(1), composition, Faults.simInstance(composition));
        JsonObject created = Instances.get(NODES.get(0), composition, id);
        Faults.simulatorParameters("{\"deployTimerMs\": 2000}");
        Instances.order(NODES.get(1), composition, id, "deployOrder", "DEPLOY");

        long started = System.nanoTime();
        allowConnections(false);
        Faults.superuserSql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '"
                + Stack.databaseName() + "'");
        try {
            Stack.awaitRuntimeReadiness(false, Duration.ofSeconds(20));
            System.out.printf("readiness DOWN on every node %d ms into the outage%n", millisSince(started));
            Compositions.sleep(Math.max(0, OUTAGE.toMillis() - millisSince(started)));
        } finally {
            allowConnections(true);
        }
        long restored = System.nanoTime();
        Stack.awaitRuntimeReadiness(true, Duration.ofSeconds(60));
        System.out.printf("readiness UP on every node %d ms after the database came back%n", millisSince(restored));

        Instances.awaitState(NODES.get(0), composition, id, "DEPLOYED", "LOCKED", "NO_ERROR", Faults.ORDER_TIMEOUT);
        System.out.printf("deploy completed %d ms after the database came back%n", millisSince(restored));
        Faults.assertSameOnEveryNode(NODES, composition, id);
        Faults.assertEachElementCalledOnce(id, Faults.elementIds(created), "deploy");

        Faults.simulatorParameters("{}");
        Instances.order(NODES.get(0), composition, id, "deployOrder", "UNDEPLOY");
        Instances.awaitState(NODES.get(1), composition, id, "UNDEPLOYED", "NONE", "NO_ERROR", Faults.ORDER_TIMEOUT);
        Faults.assertEachElementCalledOnce(id, Faults.elementIds(created), "deploy", "undeploy");
        Instances.removeQuietly(NODES.get(1), composition, id);
    }

    private static void allowConnections(boolean allow) {
        Faults.superuserSql("ALTER DATABASE " + Stack.databaseName() + " ALLOW_CONNECTIONS " + allow);
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }
}
