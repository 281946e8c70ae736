package dev.acmr.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** HTTP calls to one runtime node, with or without credentials. */
final class RuntimeClient {

    static final String BASE_PATH = "/onap/policy/clamp/acm/v2";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String nodeUrl;
    private final String authorization;

    private RuntimeClient(String nodeUrl, String authorization) {
        this.nodeUrl = nodeUrl;
        this.authorization = authorization;
    }

    static RuntimeClient authenticated(String nodeUrl) {
        return withCredentials(nodeUrl, Stack.RUNTIME_USER, Stack.RUNTIME_PASSWORD);
    }

    static RuntimeClient withCredentials(String nodeUrl, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new RuntimeClient(nodeUrl, "Basic " + token);
    }

    static RuntimeClient anonymous(String nodeUrl) {
        return new RuntimeClient(nodeUrl, null);
    }

    String nodeUrl() {
        return nodeUrl;
    }

    HttpResponse<String> get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(nodeUrl + BASE_PATH + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + nodeUrl + BASE_PATH + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
