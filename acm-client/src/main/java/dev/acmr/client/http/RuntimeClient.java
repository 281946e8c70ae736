package dev.acmr.client.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The runtime's ONAP REST API ({@value #BASE_PATH}) on one runtime node, with the stack's credentials, others, or none.
 * Paths are relative to the base path; every request accepts JSON unless told otherwise. Each call answers the
 * response as it came (a 4xx is an answer, not a failure).
 */
public final class RuntimeClient {

    public static final String BASE_PATH = "/onap/policy/clamp/acm/v2";
    /** How long a call may take unless {@link #withTimeout} says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private final String nodeUrl;
    private final String authorization;
    private final Duration timeout;

    private RuntimeClient(String nodeUrl, String authorization, Duration timeout) {
        this.nodeUrl = nodeUrl;
        this.authorization = authorization;
        this.timeout = timeout;
    }

    /** With the stack's runtime credentials ({@link Credentials#runtime()}). */
    public static RuntimeClient authenticated(String nodeUrl) {
        return withCredentials(nodeUrl, Credentials.runtime());
    }

    public static RuntimeClient withCredentials(String nodeUrl, Credentials credentials) {
        return new RuntimeClient(nodeUrl, credentials.authorization(), DEFAULT_TIMEOUT);
    }

    /** Without an Authorization header. */
    public static RuntimeClient anonymous(String nodeUrl) {
        return new RuntimeClient(nodeUrl, null, DEFAULT_TIMEOUT);
    }

    /** The same node and credentials, each call bounded by {@code callTimeout}. */
    public RuntimeClient withTimeout(Duration callTimeout) {
        return new RuntimeClient(nodeUrl, authorization, callTimeout);
    }

    /** The node's root URL, e.g. {@code http://127.0.0.1:6969}. */
    public String nodeUrl() {
        return nodeUrl;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET asking for the given media type (YAML answers, say). */
    public HttpResponse<String> getAs(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** As a client that waits for 100 Continue before it sends a body (curl does for large ones). */
    public HttpResponse<String> postExpectingContinue(String path, String contentType, String body) {
        return send(request(path).expectContinue(true).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * {@code POST /compositions/{compositionId}/instances/{instanceId}/rollback} without a body or Content-Type, as
     * ONAP's test scripts send it: restores the instance as it was before its failed update or migration.
     */
    public HttpResponse<String> rollback(String compositionId, String instanceId) {
        return send(request("/compositions/" + compositionId + "/instances/" + instanceId + "/rollback")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A PUT of a JSON body (the orders). */
    public HttpResponse<String> put(String path, String json) {
        return put(path, "application/json", json);
    }

    /** A PUT with the given Content-Type (YAML orders, say). */
    public HttpResponse<String> put(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /**
     * A request with exactly the given Accept and Content-Type headers (Content-Type sent even without a body, as
     * ONAP's test scripts do on GET and DELETE); {@code body} null sends none.
     */
    public HttpResponse<String> exchange(String method, String path, String accept, String contentType, String body) {
        HttpRequest.Builder request = request(path).setHeader("Accept", accept).setHeader("Content-Type", contentType);
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    @Override
    public String toString() {
        return "RuntimeClient[" + nodeUrl + (authorization == null ? ", anonymous]" : "]");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(nodeUrl + BASE_PATH + path))
                .timeout(timeout)
                .header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return Http.send(request.build());
    }
}
