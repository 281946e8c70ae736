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

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

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
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** As a client that waits for 100 Continue before it sends a body (curl does for large ones). */
    HttpResponse<String> postExpectingContinue(String path, String contentType, String body) {
        return send(request(path).expectContinue(true).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A PUT with the given Content-Type (YAML orders, say). */
    HttpResponse<String> put(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET asking for the given media type (YAML answers, say). */
    HttpResponse<String> getAs(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /**
     * A request with exactly the given Accept and Content-Type headers (Content-Type sent even without a body, as
     * ONAP's test scripts do on GET and DELETE); {@code body} null sends none.
     */
    HttpResponse<String> exchange(String method, String path, String accept, String contentType, String body) {
        HttpRequest.Builder request = request(path).setHeader("Accept", accept).setHeader("Content-Type", contentType);
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(nodeUrl + BASE_PATH + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
