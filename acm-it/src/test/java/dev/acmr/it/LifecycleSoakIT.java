package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.RuntimeClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The instance lifecycle in a loop, one loop per runtime node, each sending its orders alternately to both nodes, for
 * {@code acm.it.soakSeconds} (default 120): zero errors, each listener call once per cycle, both nodes agreeing.
 */
class LifecycleSoakIT {

    private static final Duration SOAK = Duration.ofSeconds(Long.getLong("acm.it.soakSeconds", 120));
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);
    @RegisterExtension
    static final FaultFixture FIXTURE = FaultFixture.keepingTheStack();
    private static final List<RuntimeClient> NODES = FIXTURE.nodes();
    private static final String FAST = "{\"deployTimerMs\": 100, \"undeployTimerMs\": 100}";

    @Test
    void theLifecycleLoopsWithoutErrorsOnBothNodes() throws Exception {
        String composition = FIXTURE.composition();
        Faults.simulatorParameters(FAST);
        long deadline = System.nanoTime() + SOAK.toNanos();
        AtomicInteger cycles = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        ExecutorService loops = Executors.newFixedThreadPool(NODES.size());
        List<Future<?>> running = new java.util.ArrayList<>();
        for (int home = 0; home < NODES.size(); home++) {
            int first = home;
            running.add(loops.submit(() -> {
                while (System.nanoTime() < deadline && errors.isEmpty()) {
                    try {
                        cycle(NODES.get(first), NODES.get((first + 1) % NODES.size()));
                        cycles.incrementAndGet();
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                }
            }));
        }
        for (Future<?> loop : running) {
            loop.get(SOAK.toSeconds() + 300, TimeUnit.SECONDS);
        }
        loops.shutdown();
        System.out.printf("soak: %d lifecycle cycles in %s on %d nodes, %d errors%n", cycles.get(), SOAK, NODES.size(),
                errors.size());
        errors.forEach(Throwable::printStackTrace);
        assertEquals(List.of(), errors.stream().map(String::valueOf).toList(), "errors during the soak");
        assertTrue(cycles.get() >= NODES.size(), "every loop completed at least one cycle: " + cycles.get());
    }

    /** Create, deploy, unlock, lock, undeploy, delete: each order on the other node than the one before. */
    private static void cycle(RuntimeClient a, RuntimeClient b) {
        String composition = FIXTURE.composition();
        String id = Instances.create(a, composition, Faults.simInstance(composition));
        Instances.order(b, composition, id, "deployOrder", "DEPLOY");
        JsonObject deployed = Instances.awaitState(a, composition, id, "DEPLOYED", "LOCKED", "NO_ERROR", STEP_TIMEOUT);
        Faults.assertSameOnEveryNode(NODES, composition, id);
        Instances.order(a, composition, id, "lockOrder", "UNLOCK");
        Instances.awaitState(b, composition, id, "DEPLOYED", "UNLOCKED", "NO_ERROR", STEP_TIMEOUT);
        Instances.order(b, composition, id, "lockOrder", "LOCK");
        Instances.awaitState(a, composition, id, "DEPLOYED", "LOCKED", "NO_ERROR", STEP_TIMEOUT);
        Instances.order(a, composition, id, "deployOrder", "UNDEPLOY");
        Instances.awaitState(b, composition, id, "UNDEPLOYED", "NONE", "NO_ERROR", STEP_TIMEOUT);
        assertEquals(202, b.delete(Instances.path(composition, id)).statusCode());
        Instances.awaitGone(a, composition, id, STEP_TIMEOUT);
        Faults.assertSameOnEveryNode(NODES, composition, id);
        Faults.assertEachElementCalledOnce(id, Faults.elementIds(deployed), "deploy", "unlock", "lock", "undeploy",
                "delete");
    }
}
