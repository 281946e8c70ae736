package dev.acmr.bench.scenario;

import dev.acmr.bench.client.RuntimeApi;
import dev.acmr.bench.stats.LatencyRecorder;
import dev.acmr.bench.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * ONAP's performance test: concurrent users, each with its own composition and N instances on it, deploying and
 * undeploying them (create → deploy → undeploy → delete, one instance after the other per user).
 */
public final class ConcurrentUsersScenario implements Scenario {

    private final BenchContext context;

    public ConcurrentUsersScenario(BenchContext context) {
        this.context = context;
    }

    @Override
    public String title() {
        return "ONAP performance test, " + context.settings().users() + " concurrent users";
    }

    @Override
    public String measures() {
        BenchSettings s = context.settings();
        return s.users() + " users at once, each commissioning and priming its own composition (" + LifecycleLoopScenario.ELEMENTS
                + " sim elements), then for each of its " + s.instancesPerUser() + " instances: instantiate → deploy"
                + " → undeploy → delete, each order polled every " + s.pollMs() + " ms until settled; finally deprime"
                + " and delete. Every request (polls included) is timed per type.";
    }

    @Override
    public void run(ScenarioResult result) throws Exception {
        LatencyRecorder requests = new LatencyRecorder();
        RuntimeApi api = context.runtime(requests);
        ExecutorService users = Executors.newFixedThreadPool(context.settings().users());
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int u = 0; u < context.settings().users(); u++) {
                done.add(users.submit(() -> {
                    oneUser(api);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            users.shutdownNow();
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        Summary all = requests.combined(type -> true);
        result.figure(Figure.info(context.settings().users() + " users × " + context.settings().instancesPerUser()
                + " instances: mean per request (incl. polls)", Summary.format(all.meanMs()),
                "1,296.8 ms average (New Delhi 2024, 5 users × 100, 16 CPUs)"));
        result.figure(new Figure(context.settings().users() + " users: p95 per request (incl. polls)",
                Summary.format(all.p95Ms()), "not published", "≤ 20 ms",
                Figure.Verdict.of(all.p95Ms() <= LifecycleLoopScenario.REST_P95_GOAL_MS)));
        result.table(LatencyTable.of(requests, "request"));
        result.note("Wall time " + elapsedMs / 1000.0 + " s for " + all.count() + " requests.");
    }

    private void oneUser(RuntimeApi api) {
        Lifecycle lifecycle = new Lifecycle(api, context.settings().pollMs());
        String compositionId = lifecycle.commissionAndPrime(Fixtures.composition(Fixtures.uniqueName("bench-user"),
                BenchContext.SIM_TYPE, LifecycleLoopScenario.ELEMENTS));
        String current = null;
        try {
            for (int i = 0; i < context.settings().instancesPerUser(); i++) {
                current = api.createInstance(compositionId,
                        Fixtures.instance(compositionId, LifecycleLoopScenario.ELEMENTS).json());
                lifecycle.deploy(compositionId, current);
                lifecycle.undeploy(compositionId, current);
                api.deleteInstance(compositionId, current);
                lifecycle.awaitGone(compositionId, current);
                current = null;
            }
            lifecycle.deprimeAndDelete(compositionId);
            compositionId = null;
        } finally {
            Cleanup.quietly(api, compositionId, current == null ? List.of() : List.of(current));
        }
    }
}
