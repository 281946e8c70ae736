package dev.acmr.bench;

import dev.acmr.bench.process.ProcessSampler;
import dev.acmr.bench.process.ProcessSnapshot;
import dev.acmr.bench.process.ProcessTable;
import dev.acmr.bench.process.StackProcess;
import dev.acmr.bench.process.StackProcesses;
import dev.acmr.bench.scenario.BenchContext;
import dev.acmr.bench.scenario.Scenario;
import dev.acmr.bench.scenario.ScenarioResult;
import dev.acmr.client.stack.Launcher;
import dev.acmr.client.stack.StackView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one scenario at a time, sampling every process of the stack before and after it: the scenario's result gets
 * the process table, and the snapshots at the scenarios' ends are kept for the stack's memory figure. A failure to
 * sample never fails the scenario.
 */
final class ScenarioRunner {

    private final Launcher launcher;
    private final ProcessSampler sampler;
    private final Map<String, ProcessSnapshot> endSnapshots = new LinkedHashMap<>();
    private StackView view;

    ScenarioRunner(Launcher launcher, ProcessSampler sampler, StackView initialView) {
        this.launcher = launcher;
        this.sampler = sampler;
        this.view = initialView;
    }

    ScenarioResult run(Scenario scenario) {
        ScenarioResult result = new ScenarioResult(scenario.title(), scenario.measures());
        System.err.println("== " + scenario.title());
        List<StackProcess> processes = processes();
        ProcessSnapshot before = sampler.snapshot(processes);
        long start = System.nanoTime();
        try {
            scenario.run(result);
        } catch (Exception e) {
            e.printStackTrace();
            result.fail(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        result.elapsedMs((System.nanoTime() - start) / 1_000_000);
        ProcessSnapshot after = sampler.snapshot(processes);
        if (after.samples().stream().anyMatch(sample -> sample.usage() == null)) {
            after = sampler.snapshot(processes()); // one ended (node 2 restarted by the startup scenario): find it anew
        }
        endSnapshots.put(scenario.title(), after);
        result.table(ProcessTable.MEASURES + "\n\n" + ProcessTable.render(before, after, sampler.ticksPerSecond()));
        System.err.printf("   %.1f s%s%n", result.elapsedMs() / 1000.0, result.error() == null ? "" : " ERROR: "
                + result.error());
        return result;
    }

    /** Each scenario's title to the processes as sampled at its end, in run order. */
    Map<String, ProcessSnapshot> endSnapshots() {
        return endSnapshots;
    }

    // The layout changes during a run (the bench participant starts in the background, a node restarts): ask again.
    private List<StackProcess> processes() {
        try {
            view = launcher.status(BenchContext.STATUS_TIMEOUT);
        } catch (RuntimeException e) {
            System.err.println("   ./acm status failed, sampling the processes last reported: " + e.getMessage());
        }
        return StackProcesses.of(view, BenchContext.BENCH_PARTICIPANT, ProcessHandle.current().pid());
    }
}
