package dev.acmr.it;

import static dev.acmr.it.OnapReplies.element;
import static dev.acmr.it.OnapReplies.excerpt;
import static dev.acmr.it.OnapReplies.field;
import static dev.acmr.it.OnapReplies.instanceStates;
import static dev.acmr.it.OnapReplies.internalState;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The keywords of ONAP's CSIT Robot suites (clamp-common.robot) that the conformance flows replay. Each sends what
 * the keyword sends (ONAP's payload files byte for byte, its headers and content types), expects its status codes
 * and checks the same JSON fields; the waits are its "Wait Until Keyword Succeeds" bounds, polled faster. Calls take
 * the runtime nodes in turn, so every flow runs on both. A failure names the suite, ONAP's test case and keyword, the
 * node, what ONAP expects and what was seen, so the runtime can be fixed from the message alone.
 */
final class OnapFlowSteps {

    static final String JSON = "application/json";
    static final String YAML = "application/yaml";

    private final String suite;
    private final List<RuntimeClient> nodes;
    private int turn;
    private String testCase = "(no test case yet)";

    OnapFlowSteps(String suite) {
        this.suite = suite;
        this.nodes = Stack.runtimeUrls().stream().map(RuntimeClient::authenticated).toList();
        if (nodes.size() < 2) {
            throw new AssertionError(suite + ": ONAP's flows are replayed against both runtime nodes; the launcher reports "
                    + nodes.size());
        }
    }

    /** Names ONAP's test case that the following calls belong to (for the failure messages). */
    void begin(String onapTestCase) {
        this.testCase = onapTestCase;
    }

    List<RuntimeClient> nodes() {
        return nodes;
    }

    /** The next runtime node in turn. */
    RuntimeClient node() {
        return nodes.get(turn++ % nodes.size());
    }

    // ---- commissioning (MakeCommissionAcDefinition, PrimeACDefinition, VerifyPriming, DePrimeAndDeleteACDefinition)

    /** MakeCommissionAcDefinition: POST the definition as YAML (Accept YAML), 201; returns its compositionId. */
    String commission(String definitionFile) {
        String keyword = "MakeCommissionAcDefinition(" + definitionFile + ")";
        RuntimeClient node = node();
        HttpResponse<String> response = node.exchange("POST", "/compositions", YAML, YAML, CsitPayloads.raw(definitionFile));
        expectStatus(keyword, node, response, 201);
        return idFrom(keyword, node, response, "compositionId");
    }

    /** PrimeACDefinition: PUT the prime or deprime order file as JSON, 202. */
    void primeOrder(String compositionId, String orderFile) {
        RuntimeClient node = node();
        HttpResponse<String> response = node.exchange("PUT", "/compositions/" + compositionId, JSON, JSON,
                CsitPayloads.raw(orderFile));
        expectStatus("PrimeACDefinition(" + orderFile + ")", node, response, 202);
    }

    /** VerifyPriming, waited for: 200, stateChangeResult NO_ERROR and the given state. */
    void awaitPriming(String compositionId, String state, Duration within) {
        await("VerifyPriming(" + state + ")", "state " + state + " with stateChangeResult NO_ERROR", within,
                node -> check(node, "/compositions/" + compositionId, definition -> "NO_ERROR".equals(
                        field(definition, "stateChangeResult")) && state.equals(field(definition, "state")),
                        OnapReplies::compositionStates));
    }

    /** VerifyStateChangeResultPriming, waited for: 200 and the given stateChangeResult (any state). */
    void awaitPrimingResult(String compositionId, String stateChangeResult, Duration within) {
        await("VerifyStateChangeResultPriming(" + stateChangeResult + ")", "stateChangeResult " + stateChangeResult,
                within, node -> check(node, "/compositions/" + compositionId,
                        definition -> stateChangeResult.equals(field(definition, "stateChangeResult")),
                        OnapReplies::compositionStates));
    }

    /** DePrimeAndDeleteACDefinition: DEPRIME (202), COMMISSIONED with NO_ERROR within 2 min, then DeleteACDefinition. */
    void deprimeAndDelete(String compositionId) {
        primeOrder(compositionId, "ACDepriming.json");
        awaitPriming(compositionId, "COMMISSIONED", Duration.ofMinutes(2));
        deleteDefinition(compositionId);
    }

    /** DeleteACDefinition: DELETE with Accept and Content-Type YAML, 200. */
    void deleteDefinition(String compositionId) {
        RuntimeClient node = node();
        HttpResponse<String> response = node.exchange("DELETE", "/compositions/" + compositionId, YAML, YAML, null);
        expectStatus("DeleteACDefinition", node, response, 200);
    }

    // ---- instances

    /** MakeYamlInstantiateAutomationComposition: the instance file with its compositionId, as YAML, 201; its id. */
    String instantiate(String compositionId, String instanceFile) {
        return instantiate(compositionId, instanceFile, Map.of());
    }

    /** MakeYamlInstantiateAutomationComposition of a file whose other placeholders the suite replaces first. */
    String instantiate(String compositionId, String instanceFile, Map<String, String> otherPlaceholders) {
        String keyword = "MakeYamlInstantiateAutomationComposition(" + instanceFile + ")";
        Map<String, String> placeholders = new LinkedHashMap<>(otherPlaceholders);
        placeholders.put(CsitPayloads.COMPOSITION, compositionId);
        RuntimeClient node = node();
        HttpResponse<String> response = node.exchange("POST", "/compositions/" + compositionId + "/instances", YAML, YAML,
                CsitPayloads.replaced(instanceFile, placeholders));
        expectStatus(keyword, node, response, 201);
        return idFrom(keyword, node, response, "instanceId");
    }

    /** ChangeStatusAutomationComposition: PUT the order file as JSON, 202. */
    void changeState(String compositionId, String instanceId, String orderFile) {
        RuntimeClient node = node();
        HttpResponse<String> response = node.exchange("PUT", Instances.path(compositionId, instanceId), JSON, JSON,
                CsitPayloads.raw(orderFile));
        expectStatus("ChangeStatusAutomationComposition(" + orderFile + ")", node, response, 202);
    }

    /** VerifyStateChangeResult, waited for: 200 and the given stateChangeResult (any deployState). */
    void awaitStateChangeResult(String compositionId, String instanceId, String stateChangeResult, Duration within) {
        await("VerifyStateChangeResult(" + stateChangeResult + ")", "stateChangeResult " + stateChangeResult, within,
                node -> check(node, Instances.path(compositionId, instanceId),
                        instance -> stateChangeResult.equals(field(instance, "stateChangeResult")),
                        OnapReplies::instanceStates));
    }

    /** VerifyDeployStatus, waited for: 200, stateChangeResult NO_ERROR and the given deployState. */
    void awaitDeployStatus(String compositionId, String instanceId, String deployState, Duration within) {
        await("VerifyDeployStatus(" + deployState + ")", "deployState " + deployState + " with stateChangeResult NO_ERROR",
                within, node -> check(node, Instances.path(compositionId, instanceId),
                        instance -> "NO_ERROR".equals(field(instance, "stateChangeResult"))
                                && deployState.equals(field(instance, "deployState")),
                        OnapReplies::instanceStates));
    }

    /**
     * VerifyInternalStateElementsRuntime, waited for: 200, the instance's deployState and the simulator's
     * {@code elements[elementId].outProperties.InternalState} on the runtime both equal {@code deployState}.
     */
    void awaitInternalState(String compositionId, String instanceId, String deployState, String elementId,
            Duration within) {
        await(internalStateKeyword(deployState, elementId), internalStateExpected(deployState, elementId), within,
                node -> internalStateCheck(node, compositionId, instanceId, deployState, elementId));
    }

    /** VerifyInternalStateElementsRuntime once, without waiting, as the suites call it after UNDEPLOYED. */
    void verifyInternalState(String compositionId, String instanceId, String deployState, String elementId) {
        RuntimeClient node = node();
        String seen = internalStateCheck(node, compositionId, instanceId, deployState, elementId);
        if (seen != null) {
            throw new AssertionError(where(internalStateKeyword(deployState, elementId)) + ": expected "
                    + internalStateExpected(deployState, elementId) + " at once (ONAP checks it without waiting); seen: "
                    + seen);
        }
    }

    /** DeleteAutomationComposition: DELETE with Accept and Content-Type JSON, 202. */
    void deleteInstance(String compositionId, String instanceId) {
        RuntimeClient node = node();
        HttpResponse<String> response = node.exchange("DELETE", Instances.path(compositionId, instanceId), JSON, JSON, null);
        expectStatus("DeleteAutomationComposition", node, response, 202);
    }

    /** VerifyUninstantiated, waited for: the composition's instance list is 200 with an empty automationCompositionList. */
    void awaitUninstantiated(String compositionId, Duration within) {
        await("VerifyUninstantiated", "an empty automationCompositionList", within,
                node -> check(node, "/compositions/" + compositionId + "/instances", list -> {
                    JsonValue instances = list.get("automationCompositionList");
                    return instances instanceof JsonArray array && array.isEmpty();
                }, list -> "automationCompositionList=" + excerpt(String.valueOf(list.get("automationCompositionList")))));
    }

    // ---- the simulator

    /** SetParticipantSim*: PUT the settings file as JSON to every replica of the participant, each 200. */
    void setSimulator(String participantId, OnapSimulatorSettings settings) {
        List<SimulatorClient> replicas = Stack.replicasOf(participantId);
        if (replicas.isEmpty()) {
            throw new AssertionError(where(settings.keyword) + ": the launcher reports no replica of participant "
                    + participantId);
        }
        String body = CsitPayloads.raw(settings.file);
        for (SimulatorClient replica : replicas) {
            HttpResponse<String> response = replica.send("PUT", "/parameters", body);
            if (response.statusCode() != 200) {
                throw new AssertionError(where(settings.keyword) + ": PUT " + SimulatorClient.BASE_PATH + "/parameters with "
                        + settings.file + " on replica " + replica.url() + " of participant " + participantId
                        + ": expected 200, seen " + response.statusCode() + " " + excerpt(response.body()));
            }
        }
    }

    // ---- the shared mechanics

    String where(String keyword) {
        return "[ONAP " + suite + " / " + testCase + "] " + keyword;
    }

    /** Polls {@code check} (null: passed, else what was seen) on the nodes in turn until it passes or time is up. */
    void await(String keyword, String expected, Duration within, Function<RuntimeClient, String> check) {
        Poll.until(within, () -> check.apply(node()), seen -> where(keyword) + ": expected " + expected + " within "
                + within.toSeconds() + " s; last seen: " + seen);
    }

    /** GETs {@code path} as ONAP's MakeGetRequest does; null if 200 and {@code passes}, else what was seen. */
    String check(RuntimeClient node, String path, Predicate<JsonObject> passes,
            Function<JsonObject, String> describe) {
        HttpResponse<String> response = node.exchange("GET", path, JSON, JSON, null);
        String request = "GET " + node.nodeUrl() + RuntimeClient.BASE_PATH + path + " -> " + response.statusCode();
        if (response.statusCode() != 200) {
            return request + " (expected 200) " + excerpt(response.body());
        }
        JsonObject body;
        try {
            body = Compositions.json(response.body());
        } catch (JsonParsingException | ClassCastException e) {
            return request + " with a body that is not a JSON object: " + excerpt(response.body());
        }
        return passes.test(body) ? null : request + " " + describe.apply(body);
    }

    private String internalStateCheck(RuntimeClient node, String compositionId, String instanceId, String deployState,
            String elementId) {
        return check(node, Instances.path(compositionId, instanceId),
                instance -> deployState.equals(field(instance, "deployState"))
                        && deployState.equals(internalState(instance, elementId)),
                instance -> instanceStates(instance) + " elements[" + elementId + "].outProperties.InternalState="
                        + internalState(instance, elementId) + " (element: " + excerpt(String.valueOf(
                                element(instance, elementId))) + ")");
    }

    private static String internalStateKeyword(String deployState, String elementId) {
        return "VerifyInternalStateElementsRuntime(" + deployState + ", element " + elementId + ")";
    }

    private static String internalStateExpected(String deployState, String elementId) {
        return "deployState " + deployState + " and elements[" + elementId + "].outProperties.InternalState "
                + deployState + " (written by the simulator)";
    }

    void expectStatus(String keyword, RuntimeClient node, HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new AssertionError(where(keyword) + ": " + response.request().method() + " " + response.uri().getPath()
                    + " on " + node.nodeUrl() + ": expected " + expected + ", seen " + response.statusCode() + " "
                    + excerpt(response.body()));
        }
    }

    /** A top-level id from a response that is YAML (asked for) or JSON (which YAML includes), as yaml.Safe Load reads it. */
    private String idFrom(String keyword, RuntimeClient node, HttpResponse<String> response, String key) {
        String id = OnapReplies.topLevelScalar(response.body(), key);
        if (id == null || id.isBlank()) {
            throw new AssertionError(where(keyword) + " on " + node.nodeUrl() + ": expected a top-level " + key
                    + " in the " + response.headers().firstValue("Content-Type").orElse("untyped") + " body, seen "
                    + excerpt(response.body()));
        }
        return id;
    }
}
