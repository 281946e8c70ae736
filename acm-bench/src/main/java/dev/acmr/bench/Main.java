package dev.acmr.bench;

import dev.acmr.bench.process.NodeWarmth;
import dev.acmr.bench.process.ProcessSampler;
import dev.acmr.bench.process.StackMemory;
import dev.acmr.bench.report.BenchmarkReport;
import dev.acmr.bench.report.MachineInfo;
import dev.acmr.bench.scenario.BenchContext;
import dev.acmr.bench.scenario.BenchParticipant;
import dev.acmr.bench.scenario.BenchSettings;
import dev.acmr.bench.scenario.ConcurrentUsersScenario;
import dev.acmr.bench.scenario.ConvergenceScenario;
import dev.acmr.bench.scenario.DeployThroughputScenario;
import dev.acmr.bench.scenario.LifecycleLoopScenario;
import dev.acmr.bench.scenario.ScaleScenario;
import dev.acmr.bench.scenario.Scenario;
import dev.acmr.bench.scenario.ScenarioResult;
import dev.acmr.bench.scenario.SimulatorDelays;
import dev.acmr.bench.scenario.StartupScenario;
import dev.acmr.client.http.SimulatorClient;
import dev.acmr.client.stack.Launcher;
import dev.acmr.client.stack.RuntimeNode;
import dev.acmr.client.stack.StackView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Runs the benchmark. Options: {@code --quick}, {@code --launcher PATH} (./acm), {@code --output FILE},
 * {@code --git-commit TEXT}, {@code --last-start FILE}, {@code --node-restart allow|skip:REASON}. Exit status 0 when
 * every scenario completed, 1 when one failed, 2 when the stack is not up.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        BenchSettings settings = options.quick() ? BenchSettings.quickSmoke() : BenchSettings.full();
        Launcher launcher = new Launcher(options.launcher());
        StackView stack = launcher.status(BenchContext.STATUS_TIMEOUT);
        if (!stack.healthy(stack.defaultParticipant())) {
            System.err.println("the stack is not up (./acm status): start it with ./acm start");
            System.exit(2);
        }
        BenchContext.NodeRestartPolicy restart = options.quick()
                ? new BenchContext.NodeRestartPolicy(false, "not in --quick")
                : options.nodeRestart();
        BenchContext context = new BenchContext(settings, launcher, stack, restart, options.lastStart());
        ProcessSampler sampler = ProcessSampler.system();
        String warmth = NodeWarmth.describe(nodeUptimes(stack, sampler));
        ScenarioRunner runner = new ScenarioRunner(launcher, sampler, stack);
        long started = System.nanoTime();
        List<SimulatorClient> defaultReplicas = context.replicas(stack, stack.defaultParticipant());
        String originalDelays = SimulatorDelays.describe(defaultReplicas.get(0).parameters());
        BenchParticipant participant = new BenchParticipant(launcher);
        SimulatorDelays delays = new SimulatorDelays();
        List<ScenarioResult> results = new ArrayList<>();
        try {
            participant.startInBackground();
            if (!settings.quick()) {
                participant.awaitRunning(); // its start would disturb the first measurements
            }
            delays.set(defaultReplicas, SimulatorDelays.ZERO);
            List<Scenario> scenarios = List.of(new LifecycleLoopScenario(context),
                    new ConcurrentUsersScenario(context), new DeployThroughputScenario(context),
                    new ConvergenceScenario(context, participant), new ScaleScenario(context, participant));
            for (Scenario scenario : scenarios) {
                if (options.runs(scenario.getClass())) {
                    results.add(runner.run(scenario));
                }
            }
        } finally {
            delays.restore();
            participant.stop();
        }
        if (options.runs(StartupScenario.class)) {
            results.add(runner.run(new StartupScenario(context))); // last: it may restart a runtime node
        }
        List<String> configuration = Configuration.describe(context, options, originalDelays,
                (System.nanoTime() - started) / 1_000_000_000L, warmth, sampler.ticksPerSecond());
        BenchmarkReport report = new BenchmarkReport(settings.quick(), ZonedDateTime.now(), MachineInfo.detect(),
                configuration, List.of(StackMemory.figure(runner.endSnapshots())), results);
        String markdown = report.markdown() + profileNotes(options);
        System.out.println(markdown);
        Files.createDirectories(options.output().toAbsolutePath().getParent());
        Files.writeString(options.output(), markdown, StandardCharsets.UTF_8);
        System.err.println("report written to " + options.output());
        boolean failed = results.stream().anyMatch(r -> r.error() != null);
        System.exit(failed ? 1 : 0);
    }

    /**
     * The hand-made profile of where the time goes ({@code --profile FILE}, docs/benchmarks-profile.md from ./acm
     * bench), appended to the report as it is: JFR, pg_stat_statements and broker figures need a person to read them,
     * and the report is rewritten at every run.
     */
    private static String profileNotes(Options options) throws java.io.IOException {
        if (options.profile() == null || !Files.isReadable(options.profile())) {
            return "";
        }
        return "\n" + Files.readString(options.profile(), StandardCharsets.UTF_8);
    }

    /** Each runtime node's uptime when the run began (empty when its pid or /proc is not available). */
    private static Map<String, OptionalLong> nodeUptimes(StackView stack, ProcessSampler sampler) {
        Map<String, OptionalLong> uptimes = new LinkedHashMap<>();
        for (RuntimeNode node : stack.runtime()) {
            uptimes.put(node.name(), node.pid() == null ? OptionalLong.empty() : sampler.upSeconds(node.pid()));
        }
        return uptimes;
    }
}
