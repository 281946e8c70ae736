package dev.acmr.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** ONAP's simulator control API on one replica. */
final class SimulatorClient {

    static final String BASE_PATH = "/onap/policy/simparticipant/v2";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String AUTHORIZATION = "Basic "
            + Base64.getEncoder().encodeToString("participantUser:zb!XztG34".getBytes(StandardCharsets.UTF_8));

    private final String replicaUrl;

    SimulatorClient(String replicaUrl) {
        this.replicaUrl = replicaUrl;
    }

    /** Every replica of a participant, as the launcher reports them. */
    static List<SimulatorClient> replicasOf(String participantId) {
        return Stack.participant(participantId).getJsonArray("replicas").getValuesAs(JsonObject.class).stream()
                .map(replica -> new SimulatorClient(replica.getString("url")))
                .toList();
    }

    String url() {
        return replicaUrl;
    }

    /** Sets the given SimConfig fields; the others return to ONAP's defaults. */
    void parameters(String json) {
        HttpResponse<String> response = send("PUT", "/parameters", json);
        if (response.statusCode() != 200) {
            throw new AssertionError("PUT /parameters on " + replicaUrl + ": " + response.statusCode() + " " + response.body());
        }
    }

    JsonObject compositionDatas() {
        HttpResponse<String> response = send("GET", "/compositiondatas", null);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /compositiondatas on " + replicaUrl + ": " + response.statusCode() + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** Every listener call this replica ran (operation, ids, timestamp). */
    List<JsonObject> executions() {
        HttpResponse<String> response = send("GET", "/executions", null);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /executions on " + replicaUrl + ": " + response.statusCode() + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class);
    }

    HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(replicaUrl + BASE_PATH + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", AUTHORIZATION)
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(method + " " + replicaUrl + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
