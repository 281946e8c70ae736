package dev.acmr.bench.scenario;

import dev.acmr.bench.client.BenchException;
import dev.acmr.bench.client.RuntimeApi;
import dev.acmr.bench.stats.LatencyRecorder;
import dev.acmr.bench.stats.Summary;
import dev.acmr.client.http.SimulatorClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Scale: the same measurements with few and with many stored instances (most UNDEPLOYED, a few DEPLOYING): the
 * p95 of paged instance queries and the supervision cost per cycle; then the ratio large / small.
 */
public final class ScaleScenario implements Scenario {

    private static final double RATIO_GOAL = 1.5;
    private static final JsonObject LONG_TIMEOUTS = Json.createObjectBuilder().add("deployTimeoutMs", 600_000)
            .add("undeployTimeoutMs", 600_000).add("deleteTimeoutMs", 600_000).build();

    private final BenchContext context;
    private final BenchParticipant participant;
    private final List<String> stored = Collections.synchronizedList(new ArrayList<>());
    private final List<String> deploying = new ArrayList<>();

    public ScaleScenario(BenchContext context, BenchParticipant participant) {
        this.context = context;
        this.participant = participant;
    }

    @Override
    public String title() {
        return "Scale: " + context.settings().scaleSmall() + " vs " + context.settings().scaleLarge()
                + " stored instances";
    }

    @Override
    public String measures() {
        BenchSettings s = context.settings();
        return "Instances (1 element of " + BenchContext.BENCH_TYPE + ", bench participant) are created concurrently "
                + "(POST) until " + s.scaleSmall() + " are stored, then " + s.scaleLarge() + ". At each level "
                + s.scaleDeploying() + " of them are ordered to DEPLOY with a simulated deploy delay, so they stay "
                + "DEPLOYING during the measurement; the rest stay UNDEPLOYED. Then (1) the supervision timer is read "
                + "from every node's /metrics before and after a " + s.supervisionWindowSeconds() + " s window with "
                + "no other load: mean cycle = Δsum / Δcount over both nodes; (2) " + s.pagesQueried() + " GET "
                + "/compositions/{id}/instances?page=N&size=" + s.pageSize() + " spread over every page. The ratio is "
                + "large / small. Every instance is deleted afterwards (DELETE, concurrently).";
    }

    @Override
    public void run(ScenarioResult result) throws Exception {
        BenchSettings s = context.settings();
        List<SimulatorClient> replicas = context.replicas(participant.awaitRunning(), BenchContext.BENCH_PARTICIPANT);
        RuntimeApi api = context.runtime(null);
        Lifecycle lifecycle = new Lifecycle(api, 20);
        String compositionId = lifecycle.commissionAndPrime(
                Fixtures.composition(Fixtures.uniqueName("bench-scale"), BenchContext.BENCH_TYPE, 1));
        try {
            Level small = measure(api, compositionId, replicas, s.scaleSmall(), result);
            Level large = measure(api, compositionId, replicas, s.scaleLarge(), result);
            double queryRatio = large.queryP95Ms() / small.queryP95Ms();
            result.figure(new Figure("Instance query p95 at " + s.scaleSmall() + " / " + s.scaleLarge()
                    + " stored (ratio)", Summary.format(small.queryP95Ms()) + " / " + Summary.format(large.queryP95Ms())
                    + " (" + ratio(queryRatio) + ")", "not published (Paris claims paging for 200k compositions)",
                    "ratio ≤ 1.5", Figure.Verdict.of(queryRatio <= RATIO_GOAL)));
            if (Double.isNaN(small.supervisionMs()) || Double.isNaN(large.supervisionMs())) {
                result.figure(Figure.info("Supervision cost per cycle at " + s.scaleSmall() + " / " + s.scaleLarge(),
                        "n/a (metric missing, or reset by a node restart during the window)", "not published"));
                result.note("No metric named *" + SupervisionMetrics.METRIC + "* on the nodes' /metrics: the runtime "
                        + "does not time its supervision cycle yet.");
            } else {
                double ratio = large.supervisionMs() / small.supervisionMs();
                result.figure(new Figure("Supervision cost per cycle at " + s.scaleSmall() + " / " + s.scaleLarge()
                        + " (ratio)", Summary.format(small.supervisionMs()) + " / "
                        + Summary.format(large.supervisionMs()) + " (" + ratio(ratio) + ")", "not published",
                        "ratio ≤ 1.5", Figure.Verdict.of(ratio <= RATIO_GOAL)));
            }
        } finally {
            new SimulatorDelays().set(replicas, SimulatorDelays.ZERO);
            removeEverything(api, lifecycle, compositionId);
        }
    }

    private Level measure(RuntimeApi api, String compositionId, List<SimulatorClient> replicas, int target,
            ScenarioResult result) throws Exception {
        BenchSettings s = context.settings();
        long start = System.nanoTime();
        int before = stored.size();
        Parallel.run(16, target - before, i -> stored.add(api.createInstance(compositionId,
                Fixtures.instance(compositionId, 1, LONG_TIMEOUTS).json())));
        double createdPerSecond = (target - before) / ((System.nanoTime() - start) / 1e9);
        // The few DEPLOYING: a simulated deploy delay longer than the measurement.
        int delayMs = s.deployingDelayMs();
        new SimulatorDelays().set(replicas, SimulatorDelays.ZERO.replace("\"deployTimerMs\":0",
                "\"deployTimerMs\":" + delayMs));
        List<String> few = new ArrayList<>();
        for (int i = 0; i < s.scaleDeploying(); i++) {
            String id = stored.remove(stored.size() - 1);
            few.add(id);
            deploying.add(id);
            api.instanceOrder(compositionId, id, "deployOrder", "DEPLOY");
        }
        SupervisionMetrics.Snapshot first = SupervisionMetrics.read(api.nodeUrls());
        Lifecycle.pause(s.supervisionWindowSeconds() * 1000L);
        SupervisionMetrics.Snapshot last = SupervisionMetrics.read(api.nodeUrls());
        double supervision = first == null || last == null ? Double.NaN : last.meanSince(first);
        LatencyRecorder queries = new LatencyRecorder();
        RuntimeApi timed = api.recordingInto(queries);
        int pages = Math.max(1, target / s.pageSize());
        for (int i = 0; i < s.pagesQueried(); i++) {
            timed.instancePage(compositionId, (int) ((long) i * 7919 % pages), s.pageSize(),
                    "GET /compositions/{id}/instances?page&size=" + s.pageSize() + " at " + target);
        }
        Lifecycle deployWait = new Lifecycle(api, 50);
        for (String id : few) {
            deployWait.awaitInstance(compositionId, id, "DEPLOYED");
        }
        new SimulatorDelays().set(replicas, SimulatorDelays.ZERO);
        stored.addAll(few);
        result.table(LatencyTable.of(queries, "query"));
        result.note(String.format(Locale.ROOT, "At %d stored: created %.0f instances/s; supervision %s%s.", target,
                createdPerSecond, Double.isNaN(supervision) ? "n/a (metric missing or reset)"
                        : Summary.format(supervision) + " mean per cycle over " + (long) last.cyclesSince(first)
                        + " cycles (both nodes)", last == null || last.quantiles().isEmpty() ? ""
                        : "; node quantiles at the end: " + String.join(", ", last.quantiles())));
        return new Level(queries.combined(t -> true).p95Ms(), supervision);
    }

    private void removeEverything(RuntimeApi api, Lifecycle lifecycle, String compositionId) throws Exception {
        List<String> all = new ArrayList<>(stored);
        all.removeAll(deploying);
        Cleanup.removeAll(api, compositionId, deploying, 4);
        long start = System.nanoTime();
        Parallel.run(16, all.size(), i -> api.deleteInstance(compositionId, all.get(i)));
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (!api.instancesOfComposition(compositionId, 0, 1).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new BenchException("instances of " + compositionId + " still there 10 minutes after DELETE");
            }
            Lifecycle.pause(500);
        }
        System.err.printf("   deleted %d instances in %.1f s%n", all.size(), (System.nanoTime() - start) / 1e9);
        lifecycle.deprimeAndDelete(compositionId);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "×%.2f", value);
    }

    private record Level(double queryP95Ms, double supervisionMs) {
    }
}
