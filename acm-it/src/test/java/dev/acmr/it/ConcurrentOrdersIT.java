package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Concurrent orders on one instance, spread over both runtime nodes: exactly one is accepted, every other one is a
 * 400/409 with ONAP's error body, and nothing is half applied (the listener runs each element once).
 */
class ConcurrentOrdersIT {

    private static final int CALLS = 50;
    @RegisterExtension
    static final FaultFixture FIXTURE = FaultFixture.keepingTheStack();
    private static final List<RuntimeClient> NODES = FIXTURE.nodes();

    @Test
    void fiftyDeploysThenFiftyUndeploysAcceptOneEach() {
        String composition = FIXTURE.composition();
        String id = Instances.create(NODES.get(0), composition, Faults.simInstance(composition));
        String path = Instances.path(composition, id);

        List<HttpResponse<String>> deploys = Faults.atOnce(CALLS,
                i -> node(i).put(path, "{\"deployOrder\":\"DEPLOY\"}"));
        Faults.assertExactlyOneAccepted(deploys);
        JsonObject deployed = Instances.awaitState(NODES.get(1), composition, id, "DEPLOYED", "LOCKED", "NO_ERROR",
                Faults.ORDER_TIMEOUT);
        Faults.assertSameOnEveryNode(NODES, composition, id);

        List<HttpResponse<String>> undeploys = Faults.atOnce(CALLS,
                i -> node(i + 1).put(path, "{\"deployOrder\":\"UNDEPLOY\"}"));
        Faults.assertExactlyOneAccepted(undeploys);
        Instances.awaitState(NODES.get(0), composition, id, "UNDEPLOYED", "NONE", "NO_ERROR", Faults.ORDER_TIMEOUT);
        Faults.assertSameOnEveryNode(NODES, composition, id);

        Faults.assertEachElementCalledOnce(id, Faults.elementIds(deployed), "deploy", "undeploy");
        Instances.removeQuietly(NODES.get(1), composition, id);
    }

    @Test
    void racingDeploysAndDeletesApplyExactlyOne() {
        String composition = FIXTURE.composition();
        String id = Instances.create(NODES.get(1), composition, Faults.simInstance(composition));
        Set<String> elements = Faults.elementIds(Instances.get(NODES.get(0), composition, id));
        String path = Instances.path(composition, id);

        List<HttpResponse<String>> responses = Faults.atOnce(CALLS, i -> i % 4 < 2
                ? node(i).put(path, "{\"deployOrder\":\"DEPLOY\"}")
                : node(i).delete(path));
        // A call that arrives after the winning delete has finished finds no instance: 404, as ONAP answers then.
        Faults.assertExactlyOneAccepted(responses, deleteWon(responses) ? Set.of(400, 404, 409) : Set.of(400, 409));
        int winner = responses.indexOf(responses.stream().filter(r -> r.statusCode() == 202).findFirst().orElseThrow());
        if (winner % 4 < 2) {
            Instances.awaitState(NODES.get(0), composition, id, "DEPLOYED", "LOCKED", "NO_ERROR", Faults.ORDER_TIMEOUT);
            Faults.assertSameOnEveryNode(NODES, composition, id);
            Faults.assertEachElementCalledOnce(id, elements, "deploy");
            Instances.removeQuietly(NODES.get(0), composition, id);
        } else {
            Instances.awaitGone(NODES.get(0), composition, id, Faults.ORDER_TIMEOUT);
            Faults.assertSameOnEveryNode(NODES, composition, id);
            Faults.assertEachElementCalledOnce(id, elements, "delete");
            assertEquals(0, Faults.executionsOf(id).stream()
                    .filter(call -> call.getString("operation").equals("deploy")).count(), "no deploy after a delete won");
        }
    }

    private static boolean deleteWon(List<HttpResponse<String>> responses) {
        for (int i = 0; i < responses.size(); i++) {
            if (responses.get(i).statusCode() == 202) {
                return i % 4 >= 2;
            }
        }
        return false;
    }

    private static RuntimeClient node(int i) {
        return NODES.get(i % NODES.size());
    }
}
