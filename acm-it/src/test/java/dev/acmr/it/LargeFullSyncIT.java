package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import dev.acmr.client.stack.Replica;
import jakarta.json.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A participant holding 5,000 instances (created through the API, not deployed: the full sync carries them all the
 * same) has a replica restarted: its full sync takes longer than the fixed patience the runtime once had, and the
 * replica must still become selectable within 30 s with at most 2 full syncs sent to it, whichever node sends them
 * (both nodes' logs are counted: this is also the test of two nodes racing on resends).
 */
class LargeFullSyncIT {

    private static final List<String> NODES = Stack.runtimeUrls();
    private static final RuntimeClient NODE1 = RuntimeClient.authenticated(NODES.get(0));
    private static final RuntimeClient NODE2 = RuntimeClient.authenticated(NODES.get(1));
    private static final int INSTANCES = 5_000;
    private static final Duration SELECTABLE_WITHIN = Duration.ofSeconds(30);
    private static final List<String> created = new ArrayList<>();
    private static String composition;

    @BeforeAll
    static void fiveThousandInstances() {
        Replicas.ensureRunning(NODE1);
        composition = Compositions.commission(NODE1, "application/yaml",
                Compositions.template("yaml", 20000, Replicas.TYPE));
        Compositions.order(NODE2, composition, "PRIME");
        Compositions.awaitState(NODE1, composition, "PRIMED", "NO_ERROR", Faults.ORDER_TIMEOUT);
        long start = System.nanoTime();
        IntStream.range(0, INSTANCES).parallel().forEach(n -> {
            RuntimeClient node = n % 2 == 0 ? NODE1 : NODE2;
            String id = Instances.create(node, composition, Instances.simPayload(composition,
                    Json.createObjectBuilder().add("baseUrl", "v" + n).build()));
            synchronized (created) {
                created.add(id);
            }
        });
        System.out.printf("created %d instances in %d ms%n", INSTANCES,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    @AfterAll
    static void removeThem() {
        created.parallelStream().forEach(id -> Instances.removeQuietly(NODE1, composition, id));
        Compositions.deleteQuietly(NODE1, composition);
        Replicas.ensureRunning(NODE1);
    }

    @Test
    void aRestartedReplicaIsSelectableWithin30sAfterAtMostTwoFullSyncs() {
        Replica restarted = Replicas.launcherView().get(0);
        List<LogTail> nodeLogs = LogTail.find(acmHome().resolve("dist/payara6/glassfish/nodes"),
                "*/*/logs/server.log").stream().map(LogTail::fromEnd).toList();
        assertTrue(nodeLogs.size() >= NODES.size(), "runtime node logs: " + nodeLogs);

        Stack.signal(restarted.pid(), "KILL");
        Stack.ensureUp(); // brings it back with the same replicaId and a new incarnation
        long back = System.nanoTime();
        Replicas.awaitRuntimeView(NODE1, replicas -> replicas.stream().anyMatch(replica ->
                replica.getString("replicaId").equals(restarted.replicaId()) && replica.getBoolean("selectable")),
                "the restarted replica selectable", SELECTABLE_WITHIN);
        System.out.printf("restarted replica selectable %d ms after it was back%n",
                Duration.ofNanos(System.nanoTime() - back).toMillis());

        Compositions.sleep(2_000); // a resend decided just before the confirmation would be logged by now
        long fullSyncs = nodeLogs.stream().flatMap(log -> log.newLines().stream())
                .filter(line -> line.contains("Full sync ") && line.contains(restarted.replicaId()))
                .count();
        assertTrue(fullSyncs >= 1 && fullSyncs <= 2, "full syncs sent to the restarted replica: " + fullSyncs);
        assertTrue(created.stream().limit(20).allMatch(id -> Replicas.instanceOn(Replicas.client(restarted), id) != null),
                "it holds the instances");
    }

    private static Path acmHome() {
        String home = System.getenv("ACM_HOME");
        if (home != null && !home.isEmpty()) {
            return Path.of(home).toAbsolutePath();
        }
        return Path.of(System.getProperty("acm.launcher", "../acm")).toAbsolutePath().getParent().resolve(".acm");
    }
}
