package dev.acmr.bench.client;

import dev.acmr.bench.stats.LatencyRecorder;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runtime's ONAP REST API ({@code /onap/policy/clamp/acm/v2}) over every runtime node, round robin per call, as
 * a client behind a load balancer would use it. Each call is timed under its request type (e.g. "PUT deploy") in the
 * recorder given; a status other than the expected one throws {@link BenchException} naming the call and the body.
 */
public final class RuntimeApi {

    public static final String BASE_PATH = "/onap/policy/clamp/acm/v2";

    private final List<String> nodeUrls;
    private final String authorization;
    private final LatencyRecorder recorder;
    private static final AtomicInteger CONFLICTS = new AtomicInteger();
    private final AtomicInteger next = new AtomicInteger();

    private RuntimeApi(List<String> nodeUrls, String authorization, LatencyRecorder recorder) {
        this.nodeUrls = List.copyOf(nodeUrls);
        this.authorization = authorization;
        this.recorder = recorder;
    }

    public static RuntimeApi of(List<String> nodeUrls, String user, String password, LatencyRecorder recorder) {
        return new RuntimeApi(nodeUrls, Http.basic(user, password), recorder);
    }

    /** The same nodes and credentials, timing into another recorder (null: not timed). */
    public RuntimeApi recordingInto(LatencyRecorder other) {
        return new RuntimeApi(nodeUrls, authorization, other);
    }

    public List<String> nodeUrls() {
        return nodeUrls;
    }

    public String commission(String yaml) {
        String body = expect(201, "POST composition", post("/compositions", "application/yaml", yaml));
        return JsonText.object(body).getString("compositionId");
    }

    public void primeOrder(String compositionId, String order) {
        retryingConflicts(() -> expect(202, "PUT " + order.toLowerCase(), put("/compositions/" + compositionId,
                "{\"primeOrder\":\"" + order + "\"}")));
    }

    public JsonObject composition(String compositionId, String type) {
        return JsonText.object(expect(200, type, get("/compositions/" + compositionId)));
    }

    public void deleteComposition(String compositionId) {
        expect(200, "DELETE composition", call("DELETE", "/compositions/" + compositionId, null, null));
    }

    public String createInstance(String compositionId, String json) {
        String body = expect(201, "POST instance", post("/compositions/" + compositionId + "/instances",
                "application/json", json));
        return JsonText.object(body).getString("instanceId");
    }

    /** deployOrder or lockOrder; the request type is "PUT " + the order in lower case. */
    public void instanceOrder(String compositionId, String instanceId, String field, String order) {
        retryingConflicts(() -> expect(202, "PUT " + order.toLowerCase(), put(instancePath(compositionId, instanceId),
                "{\"" + field + "\":\"" + order + "\"}")));
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
        retryingConflicts(() -> expect(202, "DELETE instance", call("DELETE", instancePath(compositionId, instanceId),
                null, null)));
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
        return call("GET", path, null, null);
    }

    private Exchange post(String path, String contentType, String body) {
        return call("POST", path, contentType, body);
    }

    private Exchange put(String path, String json) {
        return call("PUT", path, "application/json", json);
    }

    /** Sends untimed; {@link #expect} records the latency under the type it names. */
    private Exchange call(String method, String path, String contentType, String body) {
        String node = nodeUrls.get(Math.floorMod(next.getAndIncrement(), nodeUrls.size()));
        HttpRequest.Builder builder = Http.request(node + BASE_PATH + path, authorization);
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpRequest request = builder.build();
        long start = System.nanoTime();
        HttpResponse<String> response = Http.send(request, null, null);
        return new Exchange(request, response, System.nanoTime() - start);
    }

    private String expect(int status, String type, Exchange exchange) {
        Exchange timed = exchange.timedAs(type);
        if (timed.response().statusCode() != status) {
            String message = type + ": " + timed.request().method() + " " + timed.request().uri() + " answered "
                    + timed.response().statusCode() + " (expected " + status + "): "
                    + JsonText.abbreviate(timed.response().body());
            throw timed.response().statusCode() == 409 ? new ConflictException(message) : new BenchException(message);
        }
        return timed.response().body();
    }

    /** One call and its latency; recorded once, under the first type it is given. */
    private final class Exchange {
        private final HttpRequest request;
        private final HttpResponse<String> response;
        private final long nanos;
        private boolean recorded;

        Exchange(HttpRequest request, HttpResponse<String> response, long nanos) {
            this.request = request;
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

        HttpRequest request() {
            return request;
        }

        HttpResponse<String> response() {
            return response;
        }
    }
}
