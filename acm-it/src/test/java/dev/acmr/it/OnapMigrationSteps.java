package dev.acmr.it;

import static dev.acmr.it.OnapReplies.element;
import static dev.acmr.it.OnapReplies.excerpt;
import static dev.acmr.it.OnapReplies.field;
import static dev.acmr.it.OnapReplies.instanceStates;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.http.SimulatorClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The keywords of ONAP's clamp-migrate-rollback.robot and its clamp-common.robot checks that the other flows do not
 * use: the update and migrate POSTs, rollback, the sub-state check, the text and stage-list checks on the runtime, and
 * the checks on a simulator participant, made here on every replica of it (ONAP has one process per participant; a
 * replica must hold what the participant holds, within {@link Replicas#SYNC_BOUND} of the runtime showing it).
 */
final class OnapMigrationSteps {

    private final OnapFlowSteps steps;

    OnapMigrationSteps(OnapFlowSteps steps) {
        this.steps = steps;
    }

    /** MigrateAc: the instance file with the four placeholders replaced, POSTed as YAML to the source's instances, 200. */
    void migrate(String instanceFile, String compositionId, String targetId, String instanceId, String text) {
        postInstance("MigrateAc(" + instanceFile + ")", instanceFile, compositionId, Map.of(
                CsitPayloads.COMPOSITION, compositionId, CsitPayloads.TARGET_COMPOSITION, targetId,
                CsitPayloads.INSTANCE, instanceId, CsitPayloads.TEXT, text));
    }

    /** The update POST of FailAutomationCompositionUpdate and AutomationCompositionUpdate (MakeYamlPostRequest), 200. */
    void update(String instanceFile, String compositionId, String instanceId, String text) {
        postInstance("MakeYamlPostRequest(" + instanceFile + ")", instanceFile, compositionId, Map.of(
                CsitPayloads.COMPOSITION, compositionId, CsitPayloads.INSTANCE, instanceId, CsitPayloads.TEXT, text));
    }

    /** MakePostRequest of .../instances/{instanceId}/rollback: no body, 202. */
    void rollback(String compositionId, String instanceId) {
        RuntimeClient node = steps.node();
        steps.expectStatus("MakePostRequest(rollback)", node, node.rollback(compositionId, instanceId), 202);
    }

    /** VerifySubStatus, waited for: 200, stateChangeResult NO_ERROR and subState NONE. */
    void awaitSubStatus(String compositionId, String instanceId, Duration within) {
        steps.await("VerifySubStatus", "subState NONE with stateChangeResult NO_ERROR", within,
                node -> steps.check(node, Instances.path(compositionId, instanceId),
                        instance -> "NO_ERROR".equals(field(instance, "stateChangeResult"))
                                && "NONE".equals(field(instance, "subState")),
                        instance -> instanceStates(instance) + " subState=" + field(instance, "subState")));
    }

    /** VerifyPropertiesUpdated, waited for: the text anywhere in the instance's JSON. */
    void awaitPropertiesUpdated(String compositionId, String instanceId, String text, Duration within) {
        steps.await("VerifyPropertiesUpdated(" + text + ")", "'" + text + "' in the instance", within,
                node -> runtimeTexts(node, compositionId, instanceId, List.of(text), List.of()));
    }

    /** VerifyPropertiesUpdated once, as the suite calls it after VerifyDeployStatus. */
    void verifyPropertiesUpdated(String compositionId, String instanceId, String text) {
        verifyRuntimeTexts("VerifyPropertiesUpdated(" + text + ")", compositionId, instanceId, List.of(text),
                List.of());
    }

    /**
     * The text part of VerifyMigratedElementsRuntime and VerifyRollbackElementsRuntime, once: each of
     * {@code present} found in the instance's JSON, none of {@code absent}.
     */
    void verifyRuntimeTexts(String keyword, String compositionId, String instanceId, List<String> present,
            List<String> absent) {
        String seen = runtimeTexts(steps.node(), compositionId, instanceId, present, absent);
        if (seen != null) {
            throw new AssertionError(steps.where(keyword) + ": expected " + expectation(present, absent)
                    + " in the instance; seen: " + seen);
        }
    }

    /**
     * The list part of VerifyPrepareElementsRuntime, VerifyMigratedElementsRuntime and VerifyRollbackElementsRuntime,
     * once: {@code elements[id].outProperties[outProperty]} is, per element, the JSON array of the stages the
     * simulator ran, in the order it ran them.
     */
    void verifyStageLists(String keyword, String compositionId, String instanceId, String outProperty,
            Map<String, List<Integer>> expected) {
        RuntimeClient node = steps.node();
        String seen = steps.check(node, Instances.path(compositionId, instanceId),
                instance -> expected.entrySet().stream().allMatch(
                        entry -> entry.getValue().equals(stages(instance, entry.getKey(), outProperty))),
                instance -> stageLists(instance, expected.keySet(), outProperty));
        if (seen != null) {
            throw new AssertionError(steps.where(keyword) + ": expected outProperties." + outProperty + " " + expected
                    + "; seen: " + seen);
        }
    }

    /**
     * VerifyParticipantSim, VerifyMigratedElementsSim, VerifyMigratedElementsSim3 and VerifyRollbackElementsSim on
     * every replica of the participant: 200 and the replica's {@code GET /instances/{id}} containing each of
     * {@code present} and none of {@code absent}.
     */
    void verifySimulator(String keyword, String participantId, String instanceId, List<String> present,
            List<String> absent) {
        onEveryReplica(keyword, participantId, "GET /instances/" + instanceId + " 200 with "
                + expectation(present, absent), replica -> {
                    HttpResponse<String> response = replica.send("GET", "/instances/" + instanceId, null);
                    String body = response.body() == null ? "" : response.body();
                    boolean holds = response.statusCode() == 200 && present.stream().allMatch(body::contains)
                            && absent.stream().noneMatch(body::contains);
                    return holds ? null : response.statusCode() + " " + excerpt(body);
                });
    }

    /**
     * VerifyRemovedElementsSim on every replica of the participant: the replica holds no copy of the instance (ONAP's
     * simulator answers 200 with an empty body, ours 404 naming the instance; both accepted).
     */
    void verifyNotHeld(String keyword, String participantId, String instanceId) {
        onEveryReplica(keyword, participantId, "no copy of instance " + instanceId + " (404, or 200 with no body)",
                replica -> {
                    HttpResponse<String> response = replica.send("GET", "/instances/" + instanceId, null);
                    String body = response.body() == null ? "" : response.body();
                    boolean none = response.statusCode() == 404 || response.statusCode() == 200 && body.isBlank();
                    return none ? null : response.statusCode() + " " + excerpt(body);
                });
    }

    /** SendOutPropertiesToRuntime's PUT /datas (OutProperties.json) through one replica of the participant, 200. */
    void sendOutProperties(String participantId, int replicaIndex, String instanceId, String text) {
        List<SimulatorClient> replicas = Stack.replicasOf(participantId);
        SimulatorClient replica = replicas.get(replicaIndex % replicas.size());
        HttpResponse<String> response = replica.send("PUT", "/datas", CsitPayloads.replaced("OutProperties.json",
                Map.of(CsitPayloads.INSTANCE, instanceId, CsitPayloads.TEXT, text)));
        if (response.statusCode() != 200) {
            throw new AssertionError(steps.where("MakeJsonPutRequest(OutProperties.json, " + text + ")") + " on replica "
                    + replica.url() + ": expected 200, seen " + response.statusCode() + " " + excerpt(response.body()));
        }
    }

    private void postInstance(String keyword, String instanceFile, String compositionId,
            Map<String, String> placeholders) {
        RuntimeClient node = steps.node();
        HttpResponse<String> response = node.exchange("POST", "/compositions/" + compositionId + "/instances",
                OnapFlowSteps.YAML, OnapFlowSteps.YAML, CsitPayloads.replaced(instanceFile, placeholders));
        steps.expectStatus(keyword, node, response, 200);
    }

    private String runtimeTexts(RuntimeClient node, String compositionId, String instanceId, List<String> present,
            List<String> absent) {
        return steps.check(node, Instances.path(compositionId, instanceId), instance -> {
            String text = instance.toString();
            return present.stream().allMatch(text::contains) && absent.stream().noneMatch(text::contains);
        }, instance -> instanceStates(instance) + " " + excerpt(instance.toString()));
    }

    /** Polls every replica until all pass or {@link Replicas#SYNC_BOUND} has passed; fails naming the replica. */
    private void onEveryReplica(String keyword, String participantId, String expected,
            Function<SimulatorClient, String> check) {
        List<SimulatorClient> replicas = Stack.replicasOf(participantId);
        if (replicas.isEmpty()) {
            throw new AssertionError(steps.where(keyword) + ": the launcher reports no replica of participant "
                    + participantId);
        }
        Poll.until(Replicas.SYNC_BOUND, () -> replicas.stream()
                .map(replica -> {
                    String seen = check.apply(replica);
                    return seen == null ? null : "replica " + replica.url() + ": " + seen;
                }).filter(Objects::nonNull).findFirst().orElse(null),
                seen -> steps.where(keyword) + " on every replica of participant " + participantId + ": expected "
                        + expected + " within " + Replicas.SYNC_BOUND.toMillis() + " ms of the runtime; " + seen);
    }

    /** The out-property as a list of whole numbers; null when absent or not such a JSON array. */
    private static List<Integer> stages(JsonObject instance, String elementId, String outProperty) {
        if (element(instance, elementId) instanceof JsonObject element
                && element.get("outProperties") instanceof JsonObject outProperties
                && outProperties.get(outProperty) instanceof JsonArray array) {
            List<Integer> stages = new ArrayList<>();
            for (JsonValue value : array) {
                if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                    return null;
                }
                stages.add(number.intValue());
            }
            return stages;
        }
        return null;
    }

    private static String stageLists(JsonObject instance, Iterable<String> elementIds, String outProperty) {
        StringBuilder seen = new StringBuilder(instanceStates(instance));
        for (String elementId : elementIds) {
            JsonValue element = element(instance, elementId);
            JsonValue list = element instanceof JsonObject e && e.get("outProperties") instanceof JsonObject out
                    ? out.get(outProperty) : null;
            seen.append(' ').append(elementId).append('=').append(list == null ? "<absent>" : list.toString());
        }
        return seen.toString();
    }

    private static String expectation(List<String> present, List<String> absent) {
        return (present.isEmpty() ? "" : "each of " + present) + (present.isEmpty() || absent.isEmpty() ? "" : " and ")
                + (absent.isEmpty() ? "" : "none of " + absent);
    }
}
