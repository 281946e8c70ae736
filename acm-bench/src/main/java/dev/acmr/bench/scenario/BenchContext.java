package dev.acmr.bench.scenario;

import dev.acmr.bench.client.Launcher;
import dev.acmr.bench.client.RuntimeApi;
import dev.acmr.bench.client.SimulatorApi;
import dev.acmr.bench.client.StackView;
import dev.acmr.bench.stats.LatencyRecorder;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a scenario needs to reach the stack: the runtime nodes, the launcher, the credentials, the participants
 * and the run's settings.
 */
public record BenchContext(BenchSettings settings, Launcher launcher, StackView stack, String runtimeUser,
        String runtimePassword, String simUser, String simPassword, NodeRestartPolicy nodeRestart, Path lastStartFile) {

    public static final String SIM_TYPE = "org.onap.policy.clamp.acm.SimAutomationCompositionElement";
    /** The benchmark's own participant (3 replicas), started and stopped by the benchmark. */
    public static final String BENCH_PARTICIPANT = "b3e7c1a0-5d2f-4c8e-9a61-0b4d2e6f8a13";
    public static final String BENCH_TYPE = "org.onap.policy.clamp.acm.BenchElement";
    public static final int BENCH_REPLICAS = 3;

    /** The runtime API over every node, timing into {@code recorder} (null: untimed). */
    public RuntimeApi runtime(LatencyRecorder recorder) {
        return RuntimeApi.of(stack.nodeUrls(), runtimeUser, runtimePassword, recorder);
    }

    public List<SimulatorApi> replicas(StackView view, String participantId) {
        return view.replicaUrls(participantId).stream().map(url -> new SimulatorApi(url, simUser, simPassword))
                .toList();
    }

    /** Whether this run may kill and restart runtime node 2 (never in --quick; not when ./acm start would redeploy). */
    public record NodeRestartPolicy(boolean allowed, String reason) {
    }
}
