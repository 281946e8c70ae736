package dev.acmr.bench.client;

import dev.acmr.bench.stats.LatencyRecorder;
import dev.acmr.client.JsonText;
import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The runtime's ONAP REST API ({@code /onap/policy/clamp/acm/v2}) over every runtime node, round robin per call, as
 * a client behind a load balancer would use it. Each call is timed under its request type (e.g. "PUT deploy") in the
 * recorder given; a status other than the expected one throws {@link BenchException} naming the call and the body.
 */
public final class RuntimeApi {

    /** How long one call may take: longer than a client's usual bound, the scale scenario reads large pages. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final List<RuntimeClient> nodes;
    private final LatencyRecorder recorder;
    private static final AtomicInteger CONFLICTS = new AtomicInteger();
    private final AtomicInteger next = new AtomicInteger();

    private RuntimeApi(List<RuntimeClient> nodes, LatencyRecorder recorder) {
        this.nodes = List.copyOf(nodes);
        this.recorder = recorder;
    }

    /** Every node with the stack's runtime credentials, timing into {@code recorder} (null: not timed). */
    public static RuntimeApi of(List<String> nodeUrls, LatencyRecorder recorder) {
        return new RuntimeApi(nodeUrls.stream().map(url -> RuntimeClient.authenticated(url).withTimeout(CALL_TIMEOUT))
                .toList(), recorder);
    }

    /** The same nodes and credentials, timing into another recorder (null: not timed). */
    public RuntimeApi recordingInto(LatencyRecorder other) {
        return new RuntimeApi(nodes, other);
    }

    public List<String> nodeUrls() {
        return nodes.stream().map(RuntimeClient::nodeUrl).toList();
    }

    public String commission(String yaml) {
        String body = expect(201, "POST composition",
                call(node -> node.post("/compositions", "application/yaml", yaml)));
        return JsonText.object(body).getString("compositionId");
    }

    public void primeOrder(String compositionId, String order) {
        retryingConflicts(() -> expect(202, "PUT " + order.toLowerCase(),
                call(node -> node.put("/compositions/" + compositionId, "{\"primeOrder\":\"" + order + "\"}"))));
    }

    public JsonObject composition(String compositionId, String type) {
        return JsonText.object(expect(200, type, get("/compositions/" + compositionId)));
    }

    public void deleteComposition(String compositionId) {
        expect(200, "DELETE composition", call(node -> node.delete("/compositions/" + compositionId)));
    }

    public String createInstance(String compositionId, String json) {
        String body = expect(201, "POST instance", call(node -> node.post("/compositions/" + compositionId
                + "/instances", "application/json", json)));
        return JsonText.object(body).getString("instanceId");
    }

    /** deployOrder or lockOrder; the request type is "PUT " + the order in lower case. */
    public void instanceOrder(String compositionId, String instanceId, String field, String order) {
        retryingConflicts(() -> expect(202, "PUT " + order.toLowerCase(), call(node -> node.put(
                instancePath(compositionId, instanceId), "{\"" + field + "\":\"" + order + "\"}"))));
    }

    /** The instance, or null once it is gone (404). */
    public JsonObject instanceOrNull(String compositionId, String instanceId, String type) {
        Exchange exchange = get(instancePath(compositionId, instanceId));
        Exchange timed = exchange.timedAs(type);
        if (timed.response().statusCode() == 404) {
            return null;
        }
        return JsonText.object(expect(200, type, timed));
    }

    public void deleteInstance(String compositionId, String instanceId) {
        retryingConflicts(() -> expect(202, "DELETE instance", call(node -> node.delete(instancePath(compositionId,
                instanceId)))));
    }

    /** {@code GET /compositions/{id}/instances?page&size}: the body's length, to keep the reply from being skipped. */
    public int instancePage(String compositionId, int page, int size, String type) {
        return expect(200, type, get("/compositions/" + compositionId + "/instances?page=" + page + "&size=" + size))
                .length();
    }

    /** One page of the composition's instances (untimed). */
    public List<JsonObject> instancesOfComposition(String compositionId, int page, int size) {
        String body = expect(200, "GET instances of composition", get("/compositions/" + compositionId
                + "/instances?page=" + page + "&size=" + size));
        return JsonText.object(body).getJsonArray("automationCompositionList").getValuesAs(JsonObject.class);
    }

    /** {@code GET /instances?instanceIds=...}: the listed instances that exist. */
    public List<JsonObject> instancesByIds(List<String> instanceIds, String type) {
        String body = expect(200, type, get("/instances?instanceIds=" + String.join(",", instanceIds)));
        return JsonText.object(body).getJsonArray("automationCompositionList").getValuesAs(JsonObject.class);
    }

    /** Orders refused with 409 since this process started (retried until accepted). */
    public static int conflictsRetried() {
        return CONFLICTS.get();
    }

    /**
     * Retries a call refused with 409 (a participant with no replica ready: offline, or being synchronised or drained)
     * every 200 ms for up to 2 minutes, as a patient client would.
     */
    private static void retryingConflicts(Runnable call) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            try {
                call.run();
                return;
            } catch (ConflictException e) {
                CONFLICTS.incrementAndGet();
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    public static String instancePath(String compositionId, String instanceId) {
        return "/compositions/" + compositionId + "/instances/" + instanceId;
    }

    private Exchange get(String path) {
        return call(node -> node.get(path));
    }

    /** Sends on the next node, untimed; {@link #expect} records the latency under the type it names. */
    private Exchange call(Function<RuntimeClient, HttpResponse<String>> request) {
        RuntimeClient node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
        long start = System.nanoTime();
        HttpResponse<String> response = request.apply(node);
        return new Exchange(response, System.nanoTime() - start);
    }

    private String expect(int status, String type, Exchange exchange) {
        Exchange timed = exchange.timedAs(type);
        if (timed.response().statusCode() != status) {
            String message = type + ": " + timed.response().request().method() + " " + timed.response().request().uri()
                    + " answered " + timed.response().statusCode() + " (expected " + status + "): "
                    + JsonText.abbreviate(timed.response().body());
            throw timed.response().statusCode() == 409 ? new ConflictException(message) : new BenchException(message);
        }
        return timed.response().body();
    }

    /** One call and its latency; recorded once, under the first type it is given. */
    private final class Exchange {
        private final HttpResponse<String> response;
        private final long nanos;
        private boolean recorded;

        Exchange(HttpResponse<String> response, long nanos) {
            this.response = response;
            this.nanos = nanos;
        }

        Exchange timedAs(String type) {
            if (!recorded && recorder != null) {
                recorder.record(type, nanos);
            }
            recorded = true;
            return this;
        }

        HttpResponse<String> response() {
            return response;
        }
    }
}
