package dev.acmr.client.http;

import dev.acmr.client.ClientException;
import dev.acmr.client.JsonText;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * ONAP's simulator control API ({@value #BASE_PATH}) on one simulator replica, with the stack's simulator
 * credentials. {@link #send} answers the response as it came; the named calls expect 200 and throw
 * {@link ClientException} otherwise, naming the call and the body.
 */
public final class SimulatorClient {

    public static final String BASE_PATH = "/onap/policy/simparticipant/v2";
    /** How long a call may take unless {@link #withTimeout} says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final String replicaUrl;
    private final String authorization;
    private final Duration timeout;

    private SimulatorClient(String replicaUrl, String authorization, Duration timeout) {
        this.replicaUrl = replicaUrl;
        this.authorization = authorization;
        this.timeout = timeout;
    }

    /** The replica at {@code replicaUrl} (e.g. {@code http://127.0.0.1:8101}), with {@link Credentials#simulator()}. */
    public static SimulatorClient of(String replicaUrl) {
        return new SimulatorClient(replicaUrl, Credentials.simulator().authorization(), DEFAULT_TIMEOUT);
    }

    /** The same replica, each call bounded by {@code callTimeout}. */
    public SimulatorClient withTimeout(Duration callTimeout) {
        return new SimulatorClient(replicaUrl, authorization, callTimeout);
    }

    public String url() {
        return replicaUrl;
    }

    /** The replica's SimConfig (GET /parameters). */
    public JsonObject parameters() {
        return JsonText.object(expectOk(send("GET", "/parameters", null)));
    }

    /** Sets the given SimConfig fields; the others return to ONAP's defaults ("{}" restores every default). */
    public void parameters(String json) {
        expectOk(send("PUT", "/parameters", json));
    }

    /** The composition definitions' out-properties this replica holds (GET /compositiondatas). */
    public JsonObject compositionDatas() {
        return JsonText.object(expectOk(send("GET", "/compositiondatas", null)));
    }

    /** Every listener call this replica ran (operation, ids, replicaId, timestamp). */
    public List<JsonObject> executions() {
        return JsonText.array(expectOk(send("GET", "/executions", null))).getValuesAs(JsonObject.class);
    }

    /** This replica's view of an instance, or null when it does not hold it (404). */
    public JsonObject instanceOrNull(String instanceId) {
        HttpResponse<String> response = send("GET", "/instances/" + instanceId, null);
        return response.statusCode() == 404 ? null : JsonText.object(expectOk(response));
    }

    /** Pushes an element's use state (IDLE), operational state (ENABLED) and out-properties (ONAP's InternalData). */
    public void pushElementData(String instanceId, String elementId, JsonObject outProperties) {
        String body = Json.createObjectBuilder()
                .add("automationCompositionId", instanceId)
                .add("automationCompositionElementId", elementId)
                .add("useState", "IDLE")
                .add("operationalState", "ENABLED")
                .add("outProperties", outProperties)
                .build().toString();
        expectOk(send("PUT", "/datas", body));
    }

    /** Any call; {@code json} null sends no body. */
    public HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(replicaUrl + BASE_PATH + path))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return Http.send(request.build());
    }

    @Override
    public String toString() {
        return "SimulatorClient[" + replicaUrl + "]";
    }

    private static String expectOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new ClientException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + " (expected 200): " + JsonText.abbreviate(response.body()));
        }
        return response.body();
    }
}
