package dev.acmr.bench.scenario;

import dev.acmr.client.http.SimulatorClient;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated delays of a participant's replicas: set to zero for the run (the benchmark measures the runtime,
 * not ONAP's default 1 s deploy delay) and put back as they were afterwards.
 */
public final class SimulatorDelays {

    /** Every *TimerMs of ONAP's SimConfig at 0; success flags at their defaults. */
    public static final String ZERO = "{\"deployTimerMs\":0,\"undeployTimerMs\":0,\"lockTimerMs\":0,"
            + "\"unlockTimerMs\":0,\"updateTimerMs\":0,\"deleteTimerMs\":0,\"primeTimerMs\":0,\"deprimeTimerMs\":0,"
            + "\"migrateTimerMs\":0,\"migratePrecheckTimerMs\":0,\"prepareTimerMs\":0,\"reviewTimerMs\":0}";

    private final Map<SimulatorClient, JsonObject> saved = new LinkedHashMap<>();

    /** Remembers each replica's parameters, then sets {@code json} on it. */
    public void set(List<SimulatorClient> replicas, String json) {
        for (SimulatorClient replica : replicas) {
            saved.putIfAbsent(replica, replica.parameters());
            replica.parameters(json);
        }
    }

    /** The first replica's parameters as they were before the benchmark changed them. */
    public static String describe(JsonObject parameters) {
        StringBuilder text = new StringBuilder();
        parameters.forEach((key, value) -> {
            if (key.endsWith("TimerMs")) {
                text.append(text.length() == 0 ? "" : ", ").append(key).append('=').append(value);
            }
        });
        return text.toString();
    }

    /** Puts every replica's parameters back; errors are printed (a replica may be gone). */
    public void restore() {
        saved.forEach((replica, parameters) -> {
            try {
                replica.parameters(parameters.toString());
            } catch (RuntimeException e) {
                System.err.println("cannot restore the parameters of " + replica.url() + ": " + e.getMessage());
            }
        });
        saved.clear();
    }
}
