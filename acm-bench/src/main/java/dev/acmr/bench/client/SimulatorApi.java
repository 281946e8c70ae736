package dev.acmr.bench.client;

import dev.acmr.bench.stats.LatencyRecorder;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** ONAP's simulator control API ({@code /onap/policy/simparticipant/v2}) on one replica. */
public final class SimulatorApi {

    public static final String BASE_PATH = "/onap/policy/simparticipant/v2";

    private final String replicaUrl;
    private final String authorization;

    public SimulatorApi(String replicaUrl, String user, String password) {
        this.replicaUrl = replicaUrl;
        this.authorization = Http.basic(user, password);
    }

    public String url() {
        return replicaUrl;
    }

    public JsonObject parameters() {
        return JsonText.object(expect(200, send("GET", "/parameters", null, null, null)));
    }

    /** Sets the given SimConfig fields; the others return to ONAP's defaults ("{}" restores every default). */
    public void setParameters(String json) {
        expect(200, send("PUT", "/parameters", json, null, null));
    }

    /** Pushes an element's use state, operational state and out-properties (ONAP's InternalData). */
    public void pushElementData(String instanceId, String elementId, JsonObject outProperties, LatencyRecorder recorder) {
        String body = jakarta.json.Json.createObjectBuilder()
                .add("automationCompositionId", instanceId)
                .add("automationCompositionElementId", elementId)
                .add("useState", "IDLE")
                .add("operationalState", "ENABLED")
                .add("outProperties", outProperties)
                .build().toString();
        expect(200, send("PUT", "/datas", body, recorder, "simulator PUT /datas"));
    }

    /** This replica's view of an instance, or null when it does not hold it (404). */
    public JsonObject instanceOrNull(String instanceId, LatencyRecorder recorder) {
        HttpResponse<String> response = send("GET", "/instances/" + instanceId, null, recorder,
                "simulator GET /instances/{id}");
        return response.statusCode() == 404 ? null : JsonText.object(expect(200, response));
    }

    private HttpResponse<String> send(String method, String path, String json, LatencyRecorder recorder, String type) {
        HttpRequest.Builder builder = Http.request(replicaUrl + BASE_PATH + path, authorization);
        if (json == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return Http.send(builder.build(), recorder, type);
    }

    private String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new BenchException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + " (expected " + status + "): " + JsonText.abbreviate(response.body()));
        }
        return response.body();
    }
}
