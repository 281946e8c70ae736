package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.Credentials;
import dev.acmr.client.http.Http;
import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.stack.Replica;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The operator's pages in a real browser (Debian's chromium, headless) against the running stack: on the dashboard of
 * the first node, log in, deploy an instance and see it become DEPLOYED live, then kill the replica running a second,
 * slow deploy and see the failover appear in the dispatch log live; Swagger UI lists ONAP's operations; /openapi
 * answers YAML by default and JSON on request. Screenshots of each moment go to docs/images, which the README shows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

    @RegisterExtension
    static final FaultFixture FIXTURE = FaultFixture.restartingTheStack();

    private static final Duration ORDER_TIMEOUT = Duration.ofSeconds(60);
    /** The liveness window, the sweep, the redispatch and the event stream, with room to spare. */
    private static final Duration FAILOVER_TIMEOUT = Duration.ofSeconds(30);
    /** Long enough to find the replica running the deploy and kill it before it answers. */
    private static final String SLOW_DEPLOY = "{\"deployTimerMs\":6000}";
    private static final String SIMULATOR_DEFAULTS = "{}";
    /** The operations of ONAP's ACM-R contract this runtime serves: all of them. */
    private static final Set<String> ONAP_OPERATION_IDS = Set.of("queryParticipants", "getParticipant",
            "orderAllParticipantsReport", "orderParticipantReport", "manualRestartAllParticipants",
            "manualRestartParticipant", "queryCompositionDto", "getCompositionDto", "queryCompositionDefinitions",
            "createCompositionDefinitions", "getCompositionDefinition", "compositionDefinitionPriming",
            "deleteCompositionDefinition", "queryCompositionInstances", "createCompositionInstance",
            "getCompositionInstance", "compositionInstanceState", "deleteCompositionInstance",
            "rollbackCompositionInstance", "queryCompositionInstancesByFilter");

    private static HeadlessChromium browser;

    private final List<String> instances = new ArrayList<>();

    @BeforeAll
    static void startTheBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The killed replica back and ONAP's simulator defaults first, so that the instances can be undeployed. */
    @AfterEach
    void restoreTheParticipantAndRemoveTheInstances() {
        Stack.ensureUp();
        Faults.simulatorParameters(SIMULATOR_DEFAULTS);
        RuntimeClient node = node(0);
        for (String instance : instances) {
            Instances.await(node, FIXTURE.composition(), instance,
                    state -> !state.getString("deployState").endsWith("ING")
                            || !"NO_ERROR".equals(state.getString("stateChangeResult")),
                    "settled", ORDER_TIMEOUT);
            Instances.removeQuietly(node, FIXTURE.composition(), instance);
        }
    }

    @Test
    @Order(1)
    void deployFromTheDashboardAndSeeAFailoverLive() {
        String composition = FIXTURE.composition();
        awaitSelectableReplicas(2);
        String first = created(node(0), composition);
        String second = created(node(1), composition);

        DashboardPage dashboard = new DashboardPage(browser, node(0).nodeUrl());
        dashboard.open();
        dashboard.typeCredentials(Credentials.runtime());
        browser.screenshot("dashboard-login.png");
        dashboard.logIn();
        dashboard.awaitLive();
        dashboard.awaitInstance(first);
        dashboard.awaitInstance(second);
        dashboard.mark();

        dashboard.clickInstanceAction(first, "deploy");
        dashboard.awaitDeployState(first, "DEPLOYED", ORDER_TIMEOUT);
        Instances.awaitState(node(1), composition, first, "DEPLOYED", "LOCKED", "NO_ERROR", Duration.ofSeconds(5));
        dashboard.showDispatches(first);
        dashboard.awaitDispatches();
        browser.screenshot("dashboard.png");

        Faults.simulatorParameters(SLOW_DEPLOY);
        dashboard.clickInstanceAction(second, "deploy");
        dashboard.showDispatches(second);
        killTheReplicaRunning(awaitRunningDeploy(second));
        String failover = dashboard.awaitFailoverRow(FAILOVER_TIMEOUT);
        browser.screenshot("dashboard-failover.png");
        dashboard.awaitDeployState(second, "DEPLOYED", ORDER_TIMEOUT);
        assertTrue(dashboard.notReloaded(), "the page showed every change without being loaded again; failover row: "
                + failover);
    }

    @Test
    @Order(2)
    void swaggerUiListsOnapOperations() {
        HttpResponse<String> page = anonymousGet(node(0).nodeUrl() + SwaggerUiPage.PATH, null);
        assertEquals(200, page.statusCode(), "Swagger UI needs no credentials: " + page.body());
        assertTrue(contentType(page).startsWith("text/html"), contentType(page));

        SwaggerUiPage swagger = new SwaggerUiPage(browser, node(0).nodeUrl());
        swagger.open();
        browser.screenshot("swagger-ui.png");
        assertTrue(swagger.title().contains("ACM runtime"), swagger.title());
        Set<String> listed = swagger.operationIds();
        Set<String> missing = new TreeSet<>(ONAP_OPERATION_IDS);
        missing.removeAll(listed);
        assertTrue(missing.isEmpty(), "Swagger UI lacks ONAP's operations " + missing + "; it lists " + listed);
    }

    /**
     * The API's document at {@code /onap/policy/clamp/acm/openapi}, without credentials: YAML as
     * {@code application/yaml} by default and on every YAML Accept, JSON as {@code application/json} on
     * {@code Accept: application/json} or {@code ?format=json}, 406 for anything else; it carries every route's error
     * answers. The server's own {@code /openapi} at the root still answers (YAML as {@code text/plain}).
     */
    @Test
    @Order(3)
    void openApiIsYamlByDefaultAndJsonOnRequest() {
        for (String node : Stack.runtimeUrls()) {
            String document = node + "/onap/policy/clamp/acm/openapi";
            for (String accept : Arrays.asList(null, "application/yaml", "application/x-yaml", "text/yaml")) {
                HttpResponse<String> yaml = anonymousGet(document, accept);
                assertEquals(200, yaml.statusCode(), node + " Accept " + accept + ": " + yaml.body());
                assertTrue(contentType(yaml).startsWith("application/yaml"), node + " YAML as " + contentType(yaml));
                assertTrue(yaml.body().lines().anyMatch(line -> line.startsWith("openapi: ")), yaml.body());
            }
            assertEquals(406, anonymousGet(document, "text/html").statusCode(), node + " text/html");
            HttpResponse<String> serverRoot = anonymousGet(node + "/openapi", null);
            assertEquals(200, serverRoot.statusCode(), node + ": " + serverRoot.body());

            for (HttpResponse<String> json : List.of(anonymousGet(document, "application/json"),
                    anonymousGet(document + "?format=json", null))) {
                assertEquals(200, json.statusCode(), node + ": " + json.body());
                assertTrue(contentType(json).startsWith("application/json"), node + " JSON as " + contentType(json));
                JsonObject parsed = Compositions.json(json.body());
                assertTrue(parsed.containsKey("openapi") && parsed.containsKey("paths"), json.body());
                // The error answers come from one filter, registered at the application level: present on the
                // stack, not only in unit tests.
                JsonObject responses = parsed.getJsonObject("paths").getJsonObject("/v2/compositions/{compositionId}")
                        .getJsonObject("get").getJsonObject("responses");
                assertTrue(responses.keySet().containsAll(List.of("200", "401", "404", "500")),
                        node + " getCompositionDefinition answers " + responses.keySet());
            }
        }
    }

    private static RuntimeClient node(int index) {
        return FIXTURE.nodes().get(index);
    }

    private String created(RuntimeClient node, String composition) {
        String instance = Instances.create(node, composition, Faults.simInstance(composition));
        instances.add(instance);
        return instance;
    }

    /** Both replicas of the default participant selectable, so that one can take over from the other. */
    private static void awaitSelectableReplicas(int count) {
        Eventually.value(() -> Compositions.json(node(0).get("/participants/" + Stack.DEFAULT_PARTICIPANT).body())
                .getJsonObject("participant").getJsonObject("replicas").values().stream()
                .filter(replica -> replica.asJsonObject().getBoolean("selectable", false)).count(),
                selectable -> selectable >= count, count + " selectable replicas", Duration.ofSeconds(60));
    }

    /** The listener call of the instance's deploy that a replica has started and not finished. */
    private static JsonObject awaitRunningDeploy(String instanceId) {
        return Eventually.value(() -> Faults.executionsOf(instanceId).stream()
                .filter(call -> "deploy".equals(call.getString("operation")) && !call.containsKey("outcome"))
                .findFirst().orElse(null), call -> call != null, "a replica running the deploy of " + instanceId,
                Duration.ofSeconds(20));
    }

    private static void killTheReplicaRunning(JsonObject call) {
        String replicaId = call.getString("replicaId");
        Replica replica = Stack.participant(Stack.DEFAULT_PARTICIPANT).replicas().stream()
                .filter(candidate -> replicaId.equals(candidate.replicaId())).findFirst()
                .filter(candidate -> candidate.pid() != null)
                .orElseThrow(() -> new AssertionError("the launcher runs no replica " + replicaId));
        Stack.signal(replica.pid(), "KILL");
    }

    private static HttpResponse<String> anonymousGet(String url, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return Http.send(request.build());
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("none");
    }
}
