package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** What the fault tests share: a primed composition, the simulators' listener calls, and the checks on them. */
final class Faults {

    static final Duration ORDER_TIMEOUT = Duration.ofSeconds(60);

    private Faults() {
    }

    /** Commissions and primes a simulator composition through both nodes; returns its id. */
    static String primedComposition(RuntimeClient commissionOn, RuntimeClient primeOn) {
        String composition = Compositions.commission(commissionOn, "application/yaml",
                Compositions.template("yaml", 20000, Compositions.SIM_TYPE));
        Compositions.order(primeOn, composition, "PRIME");
        Compositions.awaitState(commissionOn, composition, "PRIMED", "NO_ERROR", ORDER_TIMEOUT);
        return composition;
    }

    static List<SimulatorClient> replicas() {
        return Stack.replicasOf(Stack.DEFAULT_PARTICIPANT);
    }

    /** The same simulator parameters on every replica (whichever replica gets an order behaves the same). */
    static void simulatorParameters(String json) {
        replicas().forEach(replica -> replica.parameters(json));
    }

    /** The listener calls for one instance, collected from every replica of the default simulator. */
    static List<JsonObject> executionsOf(String instanceId) {
        return replicas().stream().flatMap(replica -> replica.executions().stream())
                .filter(call -> instanceId.equals(call.getString("instanceId", null)))
                .toList();
    }

    /**
     * No operation phase reached the listener twice: for each of the given operations, each element of the instance
     * was called exactly once, over all replicas.
     */
    static void assertEachElementCalledOnce(String instanceId, Set<String> elementIds, String... operations) {
        List<JsonObject> calls = executionsOf(instanceId);
        Map<String, Long> counts = calls.stream().collect(Collectors.groupingBy(
                call -> call.getString("operation") + " " + call.getString("elementId"), TreeMap::new,
                Collectors.counting()));
        for (String operation : operations) {
            for (String element : elementIds) {
                assertEquals(1L, counts.getOrDefault(operation + " " + element, 0L),
                        operation + " of element " + element + " should run once; calls: " + counts);
            }
        }
    }

    static Set<String> elementIds(JsonObject instance) {
        return instance.getJsonObject("elements").keySet();
    }

    /**
     * Both nodes answer the same for the instance (a GET on either gives the same document). Two GETs cannot be
     * simultaneous, and a participant may report out-properties between them, so a difference is read again for up
     * to 5 s before it fails: a node serving stale state would never converge.
     */
    static void assertSameOnEveryNode(List<RuntimeClient> nodes, String compositionId, String instanceId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            String difference = difference(nodes, Instances.path(compositionId, instanceId));
            if (difference == null) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("instance " + instanceId + ": " + difference);
            }
            Compositions.sleep(200);
        }
    }

    private static String difference(List<RuntimeClient> nodes, String path) {
        HttpResponse<String> first = nodes.get(0).get(path);
        for (RuntimeClient node : nodes.subList(1, nodes.size())) {
            HttpResponse<String> other = node.get(path);
            if (first.statusCode() != other.statusCode() || first.statusCode() == 200
                    && !Compositions.json(first.body()).equals(Compositions.json(other.body()))) {
                return nodes.get(0).nodeUrl() + " answered " + first.statusCode() + " " + first.body() + " but "
                        + node.nodeUrl() + " answered " + other.statusCode() + " " + other.body();
            }
        }
        return null;
    }

    /** Runs {@code count} calls at once (released together by a latch) and returns their responses in order. */
    static List<HttpResponse<String>> atOnce(int count, IntFunction<HttpResponse<String>> call) {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<HttpResponse<String>> task = () -> {
                    start.await();
                    return call.apply(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new java.util.ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } catch (ExecutionException e) {
            throw new AssertionError("a concurrent call failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Exactly one response is 202; every other one is a 400 or 409 with ONAP's errorDetails. */
    static void assertExactlyOneAccepted(List<HttpResponse<String>> responses) {
        assertExactlyOneAccepted(responses, Set.of(400, 409));
    }

    /** As above, with the refusal statuses the race allows (a finished delete leaves a 404 for late callers). */
    static void assertExactlyOneAccepted(List<HttpResponse<String>> responses, Set<Integer> refusals) {
        long accepted = responses.stream().filter(response -> response.statusCode() == 202).count();
        Map<Integer, Long> byStatus = responses.stream().collect(Collectors.groupingBy(HttpResponse::statusCode,
                TreeMap::new, Collectors.counting()));
        assertEquals(1, accepted, "exactly one order accepted; statuses: " + byStatus);
        for (HttpResponse<String> response : responses) {
            if (response.statusCode() != 202) {
                assertTrue(refusals.contains(response.statusCode()),
                        "refusal must be one of " + refusals + ": " + response.statusCode() + " " + response.body());
                assertTrue(Compositions.json(response.body()).containsKey("errorDetails"), response.body());
            }
        }
    }

    /** The starter with empty properties and the bridge, as the instance tests use. */
    static JsonObject simInstance(String compositionId) {
        return Instances.simPayload(compositionId, JsonValue.EMPTY_JSON_OBJECT);
    }

    /** A superuser SQL statement on the stack's PostgreSQL, over the local socket (the launcher runs as root). */
    static String superuserSql(String sql) {
        String port = Stack.view().database().port();
        return Stack.run(Duration.ofSeconds(30), "su", "postgres", "-c",
                "psql -p " + port + " -qAtX -v ON_ERROR_STOP=1 -c \"" + sql + "\"");
    }
}
