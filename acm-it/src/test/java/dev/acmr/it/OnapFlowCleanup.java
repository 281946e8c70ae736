package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Best-effort removal of what a flow left behind when one of its steps failed, so the other ITs find the usual stack:
 * the simulator back on ONAP's success settings and then its defaults, every instance of the flow's composition
 * undeployed and deleted, the composition deprimed and deleted. Every action is tried; what could not be done is
 * reported together at the end.
 */
final class OnapFlowCleanup {

    /** Long enough for ONAP's delay settings (10 s) and the flows' own waits to run out. */
    private static final Duration SETTLE = Duration.ofMinutes(3);

    private final OnapFlowSteps steps;
    private final List<String> problems = new ArrayList<>();

    OnapFlowCleanup(OnapFlowSteps steps) {
        this.steps = steps;
        steps.begin("cleanup after the flow");
    }

    /**
     * ONAP's success settings on every replica (as the suites end), then the simulator's own defaults, which the
     * other ITs start from (ONAP's success settings answer faster than they do).
     */
    OnapFlowCleanup restoreSimulator(String participantId) {
        return attempt("restore ONAP's success settings, then the defaults, on participant " + participantId, () -> {
            steps.setSimulator(participantId, OnapSimulatorSettings.SUCCESS);
            Stack.replicasOf(participantId).forEach(replica -> replica.parameters("{}"));
        });
    }

    /** Removes every instance of the composition, then the composition; nothing when it is null or already gone. */
    OnapFlowCleanup removeComposition(String compositionId) {
        if (compositionId == null) {
            return this;
        }
        return attempt("remove composition " + compositionId + " and its instances", () -> {
            RuntimeClient node = steps.node();
            if (node.get("/compositions/" + compositionId).statusCode() == 404) {
                return;
            }
            removeInstancesOf(node, compositionId);
            JsonObject settled = Compositions.await(node, compositionId, definition -> !inProgress(definition, "state"),
                    "settled", SETTLE);
            if (!"COMMISSIONED".equals(settled.getString("state"))) {
                Compositions.order(node, compositionId, "DEPRIME");
                Compositions.awaitState(node, compositionId, "COMMISSIONED", "NO_ERROR", SETTLE);
            }
            HttpResponse<String> deleted = node.delete("/compositions/" + compositionId);
            assertEquals(200, deleted.statusCode(), deleted.body());
        });
    }

    /**
     * Removes every instance of the composition and leaves the composition; for flows whose compositions refer to
     * each other through an instance (a migration's target), whose instances must all go before either deprimes.
     */
    OnapFlowCleanup removeInstances(String compositionId) {
        if (compositionId == null) {
            return this;
        }
        return attempt("remove the instances of composition " + compositionId, () -> {
            RuntimeClient node = steps.node();
            if (node.get("/compositions/" + compositionId).statusCode() != 404) {
                removeInstancesOf(node, compositionId);
            }
        });
    }

    /** Runs a further cleanup action (such as stopping a participant), recording its failure. */
    OnapFlowCleanup attempt(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | AssertionError e) {
            problems.add(what + ": " + e.getMessage());
        }
        return this;
    }

    /** Fails naming everything that could not be cleaned up, so the other ITs' failures can be traced to it. */
    void finish() {
        if (!problems.isEmpty()) {
            throw new AssertionError(steps.where("cleanup") + " left the stack unclean: " + String.join("; ", problems));
        }
    }

    private static void removeInstancesOf(RuntimeClient node, String compositionId) {
        HttpResponse<String> list = node.get("/compositions/" + compositionId + "/instances");
        assertEquals(200, list.statusCode(), list.body());
        for (JsonObject instance : Compositions.json(list.body()).getJsonArray("automationCompositionList")
                .getValuesAs(JsonObject.class)) {
            removeInstance(node, compositionId, instance.getString("instanceId"));
        }
    }

    private static void removeInstance(RuntimeClient node, String compositionId, String instanceId) {
        JsonObject settled = Instances.await(node, compositionId, instanceId,
                instance -> !inProgress(instance, "deployState") && !inProgress(instance, "lockState"), "settled",
                SETTLE);
        if (!"UNDEPLOYED".equals(settled.getString("deployState"))) {
            Instances.order(node, compositionId, instanceId, "deployOrder", "UNDEPLOY");
            Instances.awaitState(node, compositionId, instanceId, "UNDEPLOYED", "NONE", "NO_ERROR", SETTLE);
        }
        HttpResponse<String> deleted = node.delete(Instances.path(compositionId, instanceId));
        assertEquals(202, deleted.statusCode(), deleted.body());
        Instances.awaitGone(node, compositionId, instanceId, SETTLE);
    }

    /** An order still running: a transitional state (PRIMING, UNDEPLOYING, ...) that has not failed or timed out. */
    private static boolean inProgress(JsonObject entity, String stateField) {
        return OnapReplies.field(entity, stateField).endsWith("ING")
                && "NO_ERROR".equals(OnapReplies.field(entity, "stateChangeResult"));
    }
}
