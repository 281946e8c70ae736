package dev.acmr.bench;

import dev.acmr.bench.scenario.BenchContext;
import dev.acmr.bench.scenario.BenchSettings;

import java.util.ArrayList;
import java.util.List;

/** The exact configuration of a run, as report lines. */
final class Configuration {

    private Configuration() {
    }

    static List<String> describe(BenchContext context, Options options, String originalDelays, long runSeconds,
            String warmth, int ticksPerSecond) {
        BenchSettings s = context.settings();
        List<String> lines = new ArrayList<>();
        lines.add("Mode: " + s.mode() + "; whole run " + runSeconds + " s");
        lines.add(warmth);
        lines.add("Git commit: " + options.gitCommit());
        lines.add("Runtime nodes: " + context.stack().runtimeUrls().size() + " (" + String.join(", ",
                context.stack().runtimeUrls()) + "), requests spread round robin over them");
        lines.add("Default simulator participant " + context.stack().defaultParticipant() + ": "
                + context.stack().replicaUrls(context.stack().defaultParticipant()).size() + " replicas, element type "
                + BenchContext.SIM_TYPE + " 1.0.0");
        lines.add("Bench simulator participant " + BenchContext.BENCH_PARTICIPANT + ": " + BenchContext.BENCH_REPLICAS
                + " replicas, element type " + BenchContext.BENCH_TYPE + " 1.0.0 (started and stopped by the bench)");
        lines.add("Simulator delays during the run: every *TimerMs = 0 on both participants (ONAP's simulator "
                + "defaults, restored afterwards: " + originalDelays + "), except the scale scenario's few DEPLOYING "
                + "instances (deployTimerMs = " + s.deployingDelayMs() + ")");
        lines.add("Polling: every " + s.pollMs() + " ms after each asynchronous order");
        lines.add("S3P loop: " + s.loops() + " loops, 1 user; concurrent users: " + s.users() + " × "
                + s.instancesPerUser() + " instances");
        lines.add("Deploy throughput: " + s.throughputSeconds() + " s, " + s.throughputConcurrency()
                + " in flight, 3 elements per instance");
        lines.add("Convergence: " + s.convergenceChanges() + " changes over " + BenchContext.BENCH_REPLICAS
                + " replicas");
        lines.add("Scale: " + s.scaleSmall() + " and " + s.scaleLarge() + " stored instances (" + s.scaleDeploying()
                + " DEPLOYING), " + s.pagesQueried() + " page queries of size " + s.pageSize()
                + ", supervision window " + s.supervisionWindowSeconds() + " s");
        lines.add("Node restart: " + (context.nodeRestart().allowed() ? "runtime node 2 killed and restarted"
                : "skipped (" + context.nodeRestart().reason() + ")"));
        lines.add("Process figures: /proc before and after each scenario, " + ticksPerSecond
                + " clock ticks per second (getconf CLK_TCK)");
        lines.add("Orders refused with 409 (no replica ready: being synchronised or drained) and retried every 200 ms: "
                + dev.acmr.bench.client.RuntimeApi.conflictsRetried());
        return lines;
    }
}
