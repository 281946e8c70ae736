package dev.acmr.bench.scenario;

import dev.acmr.bench.client.RuntimeApi;
import dev.acmr.bench.stats.LatencyRecorder;
import dev.acmr.client.http.SimulatorClient;
import dev.acmr.client.stack.Launcher;
import dev.acmr.client.stack.StackView;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything a scenario needs to reach the stack: the runtime nodes, the launcher, the participants and the run's
 * settings. The credentials are the stack's own ({@link dev.acmr.client.http.Credentials}).
 */
public record BenchContext(BenchSettings settings, Launcher launcher, StackView stack, NodeRestartPolicy nodeRestart,
        Path lastStartFile) {

    public static final String SIM_TYPE = "org.onap.policy.clamp.acm.SimAutomationCompositionElement";
    /** The benchmark's own participant (3 replicas), started and stopped by the benchmark. */
    public static final String BENCH_PARTICIPANT = "b3e7c1a0-5d2f-4c8e-9a61-0b4d2e6f8a13";
    public static final String BENCH_TYPE = "org.onap.policy.clamp.acm.BenchElement";
    public static final int BENCH_REPLICAS = 3;
    /** How long {@code ./acm status --json} may take. */
    public static final Duration STATUS_TIMEOUT = Duration.ofSeconds(120);
    /** How long a simulator call may take. */
    private static final Duration SIMULATOR_CALL_TIMEOUT = Duration.ofSeconds(30);

    /** The runtime API over every node, timing into {@code recorder} (null: untimed). */
    public RuntimeApi runtime(LatencyRecorder recorder) {
        return RuntimeApi.of(stack.runtimeUrls(), recorder);
    }

    public List<SimulatorClient> replicas(StackView view, String participantId) {
        return view.replicaUrls(participantId).stream()
                .map(url -> SimulatorClient.of(url).withTimeout(SIMULATOR_CALL_TIMEOUT)).toList();
    }

    /** Whether this run may kill and restart runtime node 2 (never in --quick; not when ./acm start would redeploy). */
    public record NodeRestartPolicy(boolean allowed, String reason) {
    }
}
