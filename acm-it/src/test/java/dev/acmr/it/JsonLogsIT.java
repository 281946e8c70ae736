package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.Credentials;
import dev.acmr.client.http.Http;
import dev.acmr.client.http.RuntimeClient;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The log lines of the runtime nodes ({@code server.log}) and of the default participant's replicas (their
 * {@code sim-<participant>-<slot>.json.log}) are JSON objects, one per line, and a deploy ordered with a chosen
 * {@code X-onap-RequestId} is logged under that id on a runtime node (the order, and the acks that come back) and on
 * the replica that ran the listener call. See README, "Logs".
 */
class JsonLogsIT {

    private static final Duration ORDER_TIMEOUT = Duration.ofSeconds(30);
    /** Payara Server writes its log from a queue of its own, a little after the record is made. */
    private static final Duration LOG_TIMEOUT = Duration.ofSeconds(20);
    private static final String LISTENER_CALL = "calling the participant listener";
    private static final List<String> NODES = Stack.runtimeUrls();
    private static final RuntimeClient NODE1 = RuntimeClient.authenticated(NODES.get(0));
    private static final RuntimeClient NODE2 = RuntimeClient.authenticated(NODES.get(1));
    private static String composition;

    @BeforeAll
    static void primeAComposition() {
        composition = Compositions.commission(NODE1, "application/yaml",
                Compositions.template("yaml", 20000, Compositions.SIM_TYPE));
        Compositions.order(NODE2, composition, "PRIME");
        Compositions.awaitState(NODE1, composition, "PRIMED", "NO_ERROR", ORDER_TIMEOUT);
    }

    @AfterAll
    static void removeTheComposition() {
        Compositions.deleteQuietly(NODE1, composition);
    }

    @Test
    void everyLineIsJsonAndTheRequestIdGoesFromTheRestCallToTheReplicaAndBack() {
        List<LogTail> nodeLogs = LogTail.find(acmHome().resolve("dist/payara6/glassfish/nodes"), "*/*/logs/server.log")
                .stream().map(LogTail::fromEnd).toList();
        List<LogTail> replicaLogs = LogTail.find(acmHome().resolve("logs"),
                "sim-" + Stack.DEFAULT_PARTICIPANT.substring(0, 8) + "-*.json.log").stream().map(LogTail::fromEnd)
                .toList();
        assertTrue(nodeLogs.size() >= NODES.size(), "runtime node logs: " + nodeLogs);
        assertFalse(replicaLogs.isEmpty(), "no JSON log of the default participant's replicas under " + acmHome());

        String instance = Instances.create(NODE1, composition,
                Instances.simPayload(composition, Json.createObjectBuilder().add("baseUrl", "v1").build()));
        String requestId = "json-logs-it-" + UUID.randomUUID();
        try {
            HttpResponse<String> deploy = deploy(NODES.get(1), instance, requestId);
            assertEquals(202, deploy.statusCode(), deploy.body());
            assertEquals(Optional.of(requestId), deploy.headers().firstValue("X-onap-RequestId"));
            Instances.awaitState(NODE1, composition, instance, "DEPLOYED", "LOCKED", "NO_ERROR", ORDER_TIMEOUT);

            awaitRecord(nodeLogs, record -> requestId.equals(field(record, "requestId"))
                    && instance.equals(field(record, "instanceId")),
                    "a runtime node's line for the DEPLOY under request id " + requestId);
            awaitRecord(replicaLogs, record -> requestId.equals(field(record, "requestId"))
                    && instance.equals(field(record, "instanceId")) && message(record).contains(LISTENER_CALL),
                    "a replica's line for the listener call under request id " + requestId);
            awaitRecord(nodeLogs, record -> requestId.equals(field(record, "requestId"))
                    && field(record, "replicaId") != null,
                    "a runtime node's line for a replica's ack under request id " + requestId);

            List<LogTail> every = new ArrayList<>(nodeLogs);
            every.addAll(replicaLogs);
            for (LogTail log : every) {
                List<String> lines = log.newLines();
                for (int i = 0; i < lines.size(); i++) {
                    JsonObject record = parse(lines.get(i)).orElseThrow(notJson(log, lines.get(i), i));
                    for (String field : List.of("Timestamp", "Level", "LoggerName", "ThreadName")) {
                        assertTrue(record.containsKey(field), log + ": no " + field + " in " + lines.get(i));
                    }
                }
            }
        } finally {
            Instances.removeQuietly(NODE1, composition, instance);
        }
    }

    private static Supplier<AssertionError> notJson(LogTail log, String line, int index) {
        return () -> new AssertionError(log + ": line " + (index + 1) + " written during the test is not a JSON "
                + "object: " + line);
    }

    private static Path acmHome() {
        return Stack.acmHome();
    }

    private static HttpResponse<String> deploy(String nodeUrl, String instance, String requestId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(nodeUrl + RuntimeClient.BASE_PATH
                        + Instances.path(composition, instance)))
                .timeout(RuntimeClient.DEFAULT_TIMEOUT)
                .header("Authorization", Credentials.runtime().authorization())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-onap-RequestId", requestId)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"deployOrder\":\"DEPLOY\"}"))
                .build();
        return Http.send(request);
    }

    private static void awaitRecord(List<LogTail> logs, Predicate<JsonObject> wanted, String what) {
        Eventually.value(() -> logs.stream().flatMap(log -> log.newLines().stream()).map(JsonLogsIT::parse)
                .flatMap(Optional::stream).filter(wanted).findFirst(), Optional::isPresent, what + " in " + logs,
                LOG_TIMEOUT);
    }

    private static Optional<JsonObject> parse(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? Optional.of(value.asJsonObject())
                    : Optional.empty();
        } catch (JsonException e) {
            return Optional.empty();
        }
    }

    private static String field(JsonObject record, String name) {
        JsonValue value = record.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING ? record.getString(name) : null;
    }

    /** The message: LogMessage, or for a record with an exception Throwable.Exception (Payara's formatter). */
    private static String message(JsonObject record) {
        String text = field(record, "LogMessage");
        if (text == null && record.get("Throwable") instanceof JsonObject thrown) {
            text = field(thrown, "Exception");
        }
        return text == null ? "" : text;
    }
}
