package dev.acmr.bench.scenario;

import dev.acmr.bench.client.RuntimeApi;
import dev.acmr.bench.stats.LatencyRecorder;
import dev.acmr.bench.stats.Summary;

/**
 * ONAP's S3P stability loop with one user: commission, prime, instantiate, deploy, undeploy, delete the instance,
 * deprime, delete the composition; each asynchronous order polled until settled. Latency per request type and the
 * loop time (first request to the composition's deletion) are reported.
 */
public final class LifecycleLoopScenario implements Scenario {

    static final int ELEMENTS = 2;
    static final double REST_P95_GOAL_MS = 20;
    private static final double LOOP_P50_GOAL_MS = 1000;
    /** The first loops, reported apart: they meet code paths the nodes' JIT has not compiled yet. */
    static final int COLD_LOOPS = 10;

    private final BenchContext context;

    public LifecycleLoopScenario(BenchContext context) {
        this.context = context;
    }

    @Override
    public String title() {
        return "ONAP S3P loop, one user";
    }

    @Override
    public String measures() {
        return "One client runs " + context.settings().loops() + " loops of commission → prime → instantiate → deploy"
                + " → undeploy → delete instance → deprime → delete composition (" + ELEMENTS + " elements of "
                + BenchContext.SIM_TYPE + " on the default simulator participant), requests spread round robin over "
                + "the runtime nodes. Every asynchronous order (202) is followed by a GET every "
                + context.settings().pollMs() + " ms until the state is reached; those GETs are counted as requests "
                + "(\"poll\"). Loop time runs from the POST of the composition to the answer of its DELETE. The first "
                + COLD_LOOPS + " loops and the rest are also reported apart (not judged; the goals apply to the whole "
                + "run).";
    }

    @Override
    public void run(ScenarioResult result) {
        LatencyRecorder coldRequests = new LatencyRecorder();
        LatencyRecorder warmRequests = new LatencyRecorder();
        LatencyRecorder coldLoops = new LatencyRecorder();
        LatencyRecorder warmLoops = new LatencyRecorder();
        RuntimeApi cold = context.runtime(coldRequests);
        RuntimeApi warm = cold.recordingInto(warmRequests);
        for (int i = 0; i < context.settings().loops(); i++) {
            RuntimeApi api = i < COLD_LOOPS ? cold : warm;
            long start = System.nanoTime();
            runLoop(api, new Lifecycle(api, context.settings().pollMs()));
            (i < COLD_LOOPS ? coldLoops : warmLoops).record("loop", System.nanoTime() - start);
        }
        LatencyRecorder requests = LatencyRecorder.merged(coldRequests, warmRequests);
        Summary all = requests.combined(type -> true);
        Summary loop = LatencyRecorder.merged(coldLoops, warmLoops).summary("loop");
        result.figure(Figure.info("S3P loop, 1 user: mean per request (incl. polls)", Summary.format(all.meanMs()),
                "387 ms average (New Delhi 2024, 72 h, 16 CPUs)"));
        result.figure(new Figure("S3P loop, 1 user: p95 per request (incl. polls)", Summary.format(all.p95Ms()),
                "not published", "≤ 20 ms", Figure.Verdict.of(all.p95Ms() <= REST_P95_GOAL_MS)));
        result.figure(new Figure("S3P loop, 1 user: loop time p50 / p95",
                Summary.format(loop.p50Ms()) + " / " + Summary.format(loop.p95Ms()), "not published",
                "p50 ≤ 1 s", Figure.Verdict.of(loop.p50Ms() <= LOOP_P50_GOAL_MS)));
        coldPart(result, coldRequests.combined(type -> true), coldLoops.summary("loop"), "first " + COLD_LOOPS
                + " loops (cold part)");
        coldPart(result, warmRequests.combined(type -> true), warmLoops.summary("loop"), "after the first "
                + COLD_LOOPS + " loops");
        result.table(LatencyTable.of(requests, "request"));
        StringBuilder loopTable = LatencyTable.header("loop (" + loop.count() + " loops)");
        LatencyTable.row(loopTable, "commission → … → delete composition", loop);
        result.table(loopTable.toString());
    }

    /** The p95 per request and the loop p50 of one part of the run, not judged: the goals apply to the whole run. */
    private static void coldPart(ScenarioResult result, Summary requests, Summary loop, String part) {
        result.figure(Figure.info("S3P loop, 1 user: p95 per request / loop time p50, " + part,
                loop.count() == 0 ? "n/a (no such loops)" : Summary.format(requests.p95Ms()) + " / "
                        + Summary.format(loop.p50Ms()) + " (" + loop.count() + " loops)", "not published"));
    }

    /** One full loop; on a failure it removes what it created, then rethrows. */
    static void runLoop(RuntimeApi api, Lifecycle lifecycle) {
        String compositionId = lifecycle.commissionAndPrime(
                Fixtures.composition(Fixtures.uniqueName("bench-loop"), BenchContext.SIM_TYPE, ELEMENTS));
        String instanceId = null;
        try {
            instanceId = api.createInstance(compositionId, Fixtures.instance(compositionId, ELEMENTS).json());
            lifecycle.deploy(compositionId, instanceId);
            lifecycle.undeploy(compositionId, instanceId);
            api.deleteInstance(compositionId, instanceId);
            lifecycle.awaitGone(compositionId, instanceId);
            instanceId = null;
            lifecycle.deprimeAndDelete(compositionId);
            compositionId = null;
        } finally {
            Cleanup.quietly(api, compositionId, instanceId == null ? java.util.List.of() : java.util.List.of(instanceId));
        }
    }
}
