package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.acmr.client.http.Http;
import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replicas send the acks of the elements of one dispatch as one INSTANCE_ELEMENT_ACKS message, which the runtime
 * applies: a deploy and an undeploy of the simulator's instance (its two elements in start phases 0 and 1, so one
 * dispatch per phase) complete, and the runtime nodes together received at least one such message per phase.
 * Counters are per node, so they are summed over the nodes and compared with a reading taken before.
 */
class BatchedAcksIT {

    private static final Duration ORDER_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration METRICS_TIMEOUT = Duration.ofSeconds(20);
    private static final String BATCH_TYPE = "INSTANCE_ELEMENT_ACKS";
    private static final List<String> NODES = Stack.runtimeUrls();
    private static final RuntimeClient NODE1 = RuntimeClient.authenticated(NODES.get(0));
    private static final RuntimeClient NODE2 = RuntimeClient.authenticated(NODES.get(1));

    @Test
    void aDeployAndAnUndeployCompleteOnBatchedAcks() {
        String composition = Compositions.commission(NODE1, "application/yaml",
                Compositions.template("yaml", 20000, Compositions.SIM_TYPE));
        String instance = null;
        try {
            Compositions.order(NODE2, composition, "PRIME");
            Compositions.awaitState(NODE1, composition, "PRIMED", "NO_ERROR", ORDER_TIMEOUT);
            instance = Instances.create(NODE1, composition,
                    Instances.simPayload(composition, JsonValue.EMPTY_JSON_OBJECT));

            double before = batchesReceived();
            Instances.order(NODE2, composition, instance, "deployOrder", "DEPLOY");
            Instances.awaitState(NODE1, composition, instance, "DEPLOYED", "LOCKED", "NO_ERROR", ORDER_TIMEOUT);
            double deployed = Eventually.value(BatchedAcksIT::batchesReceived, now -> now >= before + 2,
                    "one " + BATCH_TYPE + " per start phase of the deploy (before: " + before + ")",
                    METRICS_TIMEOUT);

            Instances.order(NODE1, composition, instance, "deployOrder", "UNDEPLOY");
            Instances.awaitState(NODE2, composition, instance, "UNDEPLOYED", "NONE", "NO_ERROR", ORDER_TIMEOUT);
            Eventually.value(BatchedAcksIT::batchesReceived, now -> now >= deployed + 2,
                    "one " + BATCH_TYPE + " per start phase of the undeploy (before: " + deployed + ")",
                    METRICS_TIMEOUT);
        } finally {
            if (instance != null) {
                Instances.removeQuietly(NODE1, composition, instance);
            }
            Compositions.deleteQuietly(NODE2, composition);
        }
    }

    /** The batched ack messages every node received, added up; a node that does not answer fails the reading. */
    private static double batchesReceived() {
        double total = 0;
        for (String node : NODES) {
            String text = Http.getText(node + "/metrics");
            assertNotNull(text, "no /metrics on " + node);
            total += PrometheusText.parse(text).sum("acm_messages_received_total",
                    sample -> sample.has("type", BATCH_TYPE));
        }
        return total;
    }
}
