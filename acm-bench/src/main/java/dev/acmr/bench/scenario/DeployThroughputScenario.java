package dev.acmr.bench.scenario;

import dev.acmr.bench.client.BenchException;
import dev.acmr.bench.client.RuntimeApi;
import dev.acmr.bench.stats.LatencyRecorder;
import dev.acmr.bench.stats.Summary;
import dev.acmr.bench.stats.WindowSplit;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sustained deploys: a fixed number of instances (3 elements each) in flight at all times; each is instantiated and
 * ordered to DEPLOY, and one poller asks for all in-flight instances at once ({@code GET /instances?instanceIds=...})
 * every few ms, counting an instance complete when it shows DEPLOYED. Completions per second over the window.
 */
public final class DeployThroughputScenario implements Scenario {

    private static final int ELEMENTS = 3;
    private static final double GOAL_PER_SECOND = 100;
    /** The window's first seconds, reported apart: the nodes meet the load cold. */
    static final int COLD_SECONDS = 10;

    private final BenchContext context;
    private final Map<String, Long> inFlight = new ConcurrentHashMap<>();
    private final List<String> created = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    public DeployThroughputScenario(BenchContext context) {
        this.context = context;
    }

    @Override
    public String title() {
        return "Deploy throughput";
    }

    @Override
    public String measures() {
        BenchSettings s = context.settings();
        return "For " + s.throughputSeconds() + " s, " + s.throughputConcurrency() + " instances are kept in flight: "
                + "each is instantiated (POST) and ordered to DEPLOY (PUT) on a composition of " + ELEMENTS
                + " elements of " + BenchContext.SIM_TYPE + " (default simulator participant, no simulated delay); "
                + "one poller reads every in-flight instance in one GET /instances?instanceIds=... every "
                + s.pollMs() + " ms and counts an instance when it shows DEPLOYED, then a new one is started. "
                + "Rate = instances DEPLOYED within the window / window length; the first " + COLD_SECONDS + " s and "
                + "the rest of the window are also reported apart (not judged). Instances are removed afterwards.";
    }

    @Override
    public void run(ScenarioResult result) throws Exception {
        BenchSettings s = context.settings();
        LatencyRecorder requests = new LatencyRecorder();
        LatencyRecorder deploys = new LatencyRecorder();
        RuntimeApi api = context.runtime(requests);
        Lifecycle lifecycle = new Lifecycle(api.recordingInto(null), s.pollMs());
        String compositionId = lifecycle.commissionAndPrime(
                Fixtures.composition(Fixtures.uniqueName("bench-throughput"), BenchContext.SIM_TYPE, ELEMENTS));
        ExecutorService launchers = Executors.newFixedThreadPool(s.throughputConcurrency());
        int[] perSecond = new int[s.throughputSeconds()];
        int completedInWindow = 0;
        try {
            long windowStart = System.nanoTime();
            long windowEnd = windowStart + s.throughputSeconds() * 1_000_000_000L;
            for (int i = 0; i < s.throughputConcurrency(); i++) {
                launch(launchers, api, compositionId);
            }
            while (!inFlight.isEmpty() || System.nanoTime() < windowEnd) {
                rethrowFailure();
                List<String> ids = new ArrayList<>(inFlight.keySet());
                if (!ids.isEmpty()) {
                    for (JsonObject instance : api.instancesByIds(ids, "GET /instances?instanceIds= (poll)")) {
                        String result0 = instance.getString("stateChangeResult", "NO_ERROR");
                        String id = instance.getString("instanceId");
                        if (!"NO_ERROR".equals(result0)) {
                            throw new BenchException("instance " + id + " deploy ended " + result0);
                        }
                        if ("DEPLOYED".equals(instance.getString("deployState")) && inFlight.containsKey(id)) {
                            long now = System.nanoTime();
                            deploys.record("POST instance + PUT deploy → DEPLOYED seen", now - inFlight.remove(id));
                            if (now < windowEnd) {
                                perSecond[(int) ((now - windowStart) / 1_000_000_000L)]++;
                                completedInWindow++;
                                launch(launchers, api, compositionId);
                            }
                        }
                    }
                }
                Lifecycle.pause(s.pollMs());
                if (System.nanoTime() > windowEnd + 120_000_000_000L) {
                    throw new BenchException(inFlight.size() + " instances not DEPLOYED 120 s after the window");
                }
            }
            rethrowFailure();
        } finally {
            launchers.shutdown();
            launchers.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
            Cleanup.removeAll(api.recordingInto(null), compositionId, List.copyOf(created), 16);
            lifecycle.deprimeAndDelete(compositionId);
        }
        double rate = completedInWindow / (double) s.throughputSeconds();
        int[] sorted = perSecond.clone();
        Arrays.sort(sorted);
        result.figure(new Figure("Deploys per second (" + ELEMENTS + "-element instances, " + s.throughputConcurrency()
                + " in flight, " + s.throughputSeconds() + " s)", String.format(Locale.ROOT, "%.1f /s", rate),
                "not published", "≥ 100 /s", Figure.Verdict.of(rate >= GOAL_PER_SECOND)));
        WindowSplit split = WindowSplit.of(perSecond, COLD_SECONDS);
        result.figure(Figure.info("Deploys per second, first " + COLD_SECONDS + " s of the window (cold part)",
                split.first(), "not published"));
        result.figure(Figure.info("Deploys per second, after the first " + COLD_SECONDS + " s", split.rest(),
                "not published"));
        result.table(LatencyTable.of(deploys, "deploy latency"));
        result.table(LatencyTable.of(requests, "request"));
        result.note("DEPLOYED completions per second over the window: min " + sorted[0] + ", median "
                + sorted[sorted.length / 2] + ", max " + sorted[sorted.length - 1] + "; " + completedInWindow
                + " in " + s.throughputSeconds() + " s. Per second: " + Arrays.toString(perSecond) + ".");
        Summary deployLatency = deploys.combined(t -> true);
        result.note("Median time from POST to DEPLOYED seen: " + Summary.format(deployLatency.p50Ms()) + ".");
    }

    private void launch(ExecutorService launchers, RuntimeApi api, String compositionId) {
        launchers.submit(() -> {
            try {
                long start = System.nanoTime();
                String id = api.createInstance(compositionId, Fixtures.instance(compositionId, ELEMENTS).json());
                created.add(id);
                inFlight.put(id, start);
                api.instanceOrder(compositionId, id, "deployOrder", "DEPLOY");
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        });
    }

    private void rethrowFailure() {
        Throwable e = failure.get();
        if (e != null) {
            throw new BenchException("a deploy failed: " + e.getMessage(), e);
        }
    }
}
