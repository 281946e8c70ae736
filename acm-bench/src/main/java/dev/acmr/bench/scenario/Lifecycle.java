package dev.acmr.bench.scenario;

import dev.acmr.bench.client.BenchException;
import dev.acmr.client.JsonText;
import dev.acmr.bench.client.RuntimeApi;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * The lifecycle steps the scenarios share, each an asynchronous order (202) followed by polling (GET every
 * {@code pollMs}) until the state is reached; a FAILED or TIMEOUT result, or no progress within the timeout, throws.
 * Poll requests are timed as "GET composition (poll)" / "GET instance (poll)".
 */
public final class Lifecycle {

    public static final String POLL_COMPOSITION = "GET composition (poll)";
    public static final String POLL_INSTANCE = "GET instance (poll)";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final RuntimeApi api;
    private final long pollMs;

    public Lifecycle(RuntimeApi api, long pollMs) {
        this.api = api;
        this.pollMs = pollMs;
    }

    /** Commissions and primes; returns the compositionId once PRIMED. */
    public String commissionAndPrime(String yaml) {
        String compositionId = api.commission(yaml);
        try {
            prime(compositionId);
        } catch (RuntimeException e) {
            Cleanup.quietly(api, compositionId, java.util.List.of());
            throw e;
        }
        return compositionId;
    }

    private void prime(String compositionId) {
        api.primeOrder(compositionId, "PRIME"); // retried while a new participant is being synchronised (409)
        awaitComposition(compositionId, "PRIMED");
    }

    /** Deprimes (if primed) and deletes the composition. */
    public void deprimeAndDelete(String compositionId) {
        JsonObject definition = api.composition(compositionId, POLL_COMPOSITION);
        if (!"COMMISSIONED".equals(definition.getString("state"))) {
            api.primeOrder(compositionId, "DEPRIME");
            awaitComposition(compositionId, "COMMISSIONED");
        }
        api.deleteComposition(compositionId);
    }

    public void awaitComposition(String compositionId, String state) {
        await("composition " + compositionId + " " + state, () -> api.composition(compositionId, POLL_COMPOSITION),
                definition -> state.equals(definition.getString("state")));
    }

    public void deploy(String compositionId, String instanceId) {
        api.instanceOrder(compositionId, instanceId, "deployOrder", "DEPLOY");
        awaitInstance(compositionId, instanceId, "DEPLOYED");
    }

    public void undeploy(String compositionId, String instanceId) {
        api.instanceOrder(compositionId, instanceId, "deployOrder", "UNDEPLOY");
        awaitInstance(compositionId, instanceId, "UNDEPLOYED");
    }

    /** Undeploys when needed, deletes, and waits until the instance is gone (404). */
    public void remove(String compositionId, String instanceId) {
        JsonObject instance = api.instanceOrNull(compositionId, instanceId, POLL_INSTANCE);
        if (instance == null) {
            return;
        }
        String deployState = instance.getString("deployState");
        if (deployState.equals("DEPLOYING")) {
            awaitInstance(compositionId, instanceId, "DEPLOYED");
            deployState = "DEPLOYED";
        }
        if (!deployState.equals("UNDEPLOYED") && !deployState.equals("DELETING")) {
            undeploy(compositionId, instanceId);
        }
        if (!deployState.equals("DELETING")) {
            api.deleteInstance(compositionId, instanceId);
        }
        awaitGone(compositionId, instanceId);
    }

    public void awaitInstance(String compositionId, String instanceId, String deployState) {
        await("instance " + instanceId + " " + deployState,
                () -> api.instanceOrNull(compositionId, instanceId, POLL_INSTANCE),
                instance -> instance != null && deployState.equals(instance.getString("deployState")));
    }

    public void awaitGone(String compositionId, String instanceId) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (api.instanceOrNull(compositionId, instanceId, POLL_INSTANCE) != null) {
            if (System.nanoTime() > deadline) {
                throw new BenchException("instance " + instanceId + " still exists " + TIMEOUT.toSeconds()
                        + " s after DELETE");
            }
            pause(pollMs);
        }
    }

    private void await(String what, java.util.function.Supplier<JsonObject> read, Predicate<JsonObject> reached) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        JsonObject last = null;
        while (true) {
            last = read.get();
            String result = JsonText.stringOrNull(last, "stateChangeResult");
            if (reached.test(last) && (result == null || "NO_ERROR".equals(result))) {
                return;
            }
            if ("FAILED".equals(result) || "TIMEOUT".equals(result)) {
                throw new BenchException(what + ": the operation ended " + result + ": " + JsonText.abbreviate(
                        String.valueOf(last)));
            }
            if (System.nanoTime() > deadline) {
                throw new BenchException(what + " not reached within " + TIMEOUT.toSeconds() + " s; last: "
                        + JsonText.abbreviate(String.valueOf(last)));
            }
            pause(pollMs);
        }
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted", e);
        }
    }
}
