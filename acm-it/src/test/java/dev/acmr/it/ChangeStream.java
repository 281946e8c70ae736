package dev.acmr.it;

import dev.acmr.client.http.Credentials;
import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A runtime node's live change stream ({@code GET /v2/events}, Server-Sent Events) read as a client would: every
 * {@code change} event's data is collected, in order, by a reader thread, until {@link #close()}.
 */
final class ChangeStream implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpResponse<Stream<String>> response;
    private final List<JsonObject> changes = new CopyOnWriteArrayList<>();
    private volatile boolean ready;

    private ChangeStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(this::read, "change-stream " + response.uri());
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the node's stream and waits (bounded) for its {@code ready} event. */
    static ChangeStream open(String nodeUrl, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(nodeUrl + RuntimeClient.BASE_PATH + "/events"))
                .header("Authorization", Credentials.runtime().authorization())
                .header("Accept", "text/event-stream")
                .GET().build();
        HttpResponse<Stream<String>> response;
        try {
            response = CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("no answer from " + request.uri() + " within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (response.statusCode() != 200) {
            response.body().close();
            throw new AssertionError(request.uri() + " answered " + response.statusCode());
        }
        ChangeStream stream = new ChangeStream(response);
        try {
            Eventually.value(() -> stream.ready, Boolean::booleanValue, "the stream's ready event", timeout);
        } catch (AssertionError e) {
            stream.close();
            throw e;
        }
        return stream;
    }

    HttpResponse<Stream<String>> response() {
        return response;
    }

    /** Waits (bounded) until the changes received so far satisfy the condition; returns them. */
    List<JsonObject> await(Predicate<List<JsonObject>> condition, String what, Duration timeout) {
        return Eventually.value(() -> List.copyOf(changes), condition, what, timeout);
    }

    private void read() {
        String event = "message";
        try {
            Iterator<String> lines = response.body().iterator();
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.isEmpty()) {
                    event = "message";
                } else if (line.startsWith("event:")) {
                    event = line.substring("event:".length()).strip();
                    ready |= event.equals("ready");
                } else if (line.startsWith("data:") && event.equals("change")) {
                    changes.add(Compositions.json(line.substring("data:".length()).strip()));
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // closed: by close() or by the node
        }
    }

    @Override
    public void close() {
        response.body().close();
    }
}
