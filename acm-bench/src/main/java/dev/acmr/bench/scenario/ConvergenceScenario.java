package dev.acmr.bench.scenario;

import dev.acmr.bench.client.BenchException;
import dev.acmr.bench.client.RuntimeApi;
import dev.acmr.bench.hops.HopReport;
import dev.acmr.bench.hops.HopSnapshot;
import dev.acmr.bench.stats.LatencyRecorder;
import dev.acmr.bench.stats.Summary;
import dev.acmr.client.http.SimulatorClient;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Replica convergence: out-properties pushed through one replica must reach every other replica of the participant.
 * Each change goes through a different replica in turn ({@code PUT /datas}); the others are polled without pause
 * ({@code GET /instances/{id}}) until they all show the new value.
 */
public final class ConvergenceScenario implements Scenario {

    private static final String SEQUENCE = "benchSequence";
    private static final long CHANGE_TIMEOUT_NANOS = 15_000_000_000L;
    private static final double P99_GOAL_MS = 50;

    private final BenchContext context;
    private final BenchParticipant participant;

    public ConvergenceScenario(BenchContext context, BenchParticipant participant) {
        this.context = context;
        this.participant = participant;
    }

    @Override
    public String title() {
        return "Replica convergence (" + BenchContext.BENCH_REPLICAS + " replicas)";
    }

    @Override
    public String measures() {
        return "One instance (1 element of " + BenchContext.BENCH_TYPE + ") deployed on the bench participant with "
                + BenchContext.BENCH_REPLICAS + " replicas. " + context.settings().convergenceChanges() + " changes:"
                + " each pushes a new out-property value through one replica (PUT /datas on the simulator, the replica "
                + "used rotating), then polls every other replica's GET /instances/{id} back to back until all show it. "
                + "Measured: from the return of the PUT until the last other replica shows the value, i.e. change "
                + "request through one replica → runtime commit → every replica applied. The polling adds up to one "
                + "GET's latency per replica, so this is an upper bound of commit → applied. The runtime's own timers "
                + "split the way (read from every node's /metrics before and after the changes): transit (the "
                + "replica's message timestamp → a node received it), commit (received → transaction committed), "
                + "publish (committed → the sync handed to the broker); what they do not cover is the remainder.";
    }

    @Override
    public void run(ScenarioResult result) {
        List<SimulatorClient> replicas = context.replicas(participant.awaitRunning(), BenchContext.BENCH_PARTICIPANT);
        if (replicas.size() < 2) {
            throw new BenchException("the bench participant has " + replicas.size() + " replicas");
        }
        RuntimeApi api = context.runtime(null);
        Lifecycle lifecycle = new Lifecycle(api, 10);
        String compositionId = lifecycle.commissionAndPrime(Fixtures.composition(Fixtures.uniqueName("bench-converge"),
                BenchContext.BENCH_TYPE, 1));
        String instanceId = null;
        LatencyRecorder convergence = new LatencyRecorder();
        LatencyRecorder requests = new LatencyRecorder();
        HopSnapshot hopsBefore = null;
        HopSnapshot hopsAfter = null;
        try {
            Fixtures.InstanceBody body = Fixtures.instance(compositionId, 1);
            instanceId = api.createInstance(compositionId, body.json());
            lifecycle.deploy(compositionId, instanceId);
            String elementId = body.elementIds().get(0);
            hopsBefore = HopSnapshot.read(api.nodeUrls());
            long base = System.currentTimeMillis();
            for (int i = 0; i < context.settings().convergenceChanges(); i++) {
                SimulatorClient origin = replicas.get(i % replicas.size());
                List<SimulatorClient> others = new ArrayList<>(replicas);
                others.remove(origin);
                long value = base + i;
                JsonObject out = Json.createObjectBuilder().add(SEQUENCE, value).build();
                String changed = instanceId;
                requests.time("simulator PUT /datas", () -> origin.pushElementData(changed, elementId, out));
                long pushed = System.nanoTime();
                awaitEverywhere(others, instanceId, elementId, value, requests);
                convergence.record("PUT /datas returned → last other replica shows the value",
                        System.nanoTime() - pushed);
            }
            hopsAfter = HopSnapshot.read(api.nodeUrls());
            lifecycle.remove(compositionId, instanceId);
            instanceId = null;
            lifecycle.deprimeAndDelete(compositionId);
            compositionId = null;
        } finally {
            Cleanup.quietly(api, compositionId, instanceId == null ? List.of() : List.of(instanceId));
        }
        Summary s = convergence.combined(t -> true);
        result.figure(new Figure("Replica convergence p50 / p99 (" + replicas.size() + " replicas, " + s.count()
                + " changes)", Summary.format(s.p50Ms()) + " / " + Summary.format(s.p99Ms()),
                "not published (ONAP does not sync out-properties between replicas)", "p99 ≤ 50 ms",
                Figure.Verdict.of(s.p99Ms() <= P99_GOAL_MS)));
        result.table(LatencyTable.of(convergence, "convergence"));
        result.table(LatencyTable.of(requests, "simulator request"));
        result.table(HopReport.render(hopsBefore, hopsAfter, s.meanMs()));
    }

    private static void awaitEverywhere(List<SimulatorClient> replicas, String instanceId, String elementId, long value,
            LatencyRecorder requests) {
        List<SimulatorClient> waiting = new ArrayList<>(replicas);
        long deadline = System.nanoTime() + CHANGE_TIMEOUT_NANOS;
        while (!waiting.isEmpty()) {
            waiting.removeIf(replica -> shows(requests.time("simulator GET /instances/{id}",
                    () -> replica.instanceOrNull(instanceId)), elementId, value));
            if (!waiting.isEmpty() && System.nanoTime() > deadline) {
                throw new BenchException("value " + value + " not on " + waiting.get(0).url() + " after 15 s");
            }
        }
    }

    private static boolean shows(JsonObject instance, String elementId, long value) {
        if (instance == null) {
            return false;
        }
        JsonObject element = instance.getJsonObject("elements").getJsonObject(elementId);
        JsonObject out = element == null ? null : element.getJsonObject("outProperties");
        return out != null && out.get(SEQUENCE) instanceof JsonNumber n && n.longValue() == value;
    }
}
