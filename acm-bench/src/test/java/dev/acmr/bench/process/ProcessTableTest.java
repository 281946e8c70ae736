package dev.acmr.bench.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.bench.scenario.Figure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcessTableTest {

    private static final StackProcess DAS = new StackProcess("DAS", ProcessRole.DAS, 4000, false);
    private static final StackProcess NODE_1 = new StackProcess("runtime acm-node-1", ProcessRole.RUNTIME_NODE, 4101,
            false);
    private static final StackProcess NODE_2 = new StackProcess("runtime acm-node-2", ProcessRole.RUNTIME_NODE, 4102,
            false);
    private static final StackProcess BROKER = new StackProcess("broker", ProcessRole.BROKER, 3900, false);
    private static final StackProcess SIM = new StackProcess("sim 101c62b3 :8101", ProcessRole.DEFAULT_REPLICA, 4201,
            false);
    private static final StackProcess BENCH_SIM = new StackProcess("sim b3e7c1a0 :8111", ProcessRole.BENCH_REPLICA,
            4301, false);
    private static final StackProcess DATABASE = new StackProcess("PostgreSQL", ProcessRole.DATABASE, 30842, true);

    /** Ten seconds: node 1 used 5 s of CPU, node 2 was restarted, the bench replica came up, the DAS is unreadable. */
    private static final ProcessSnapshot BEFORE = new ProcessSnapshot(0, List.of(
            sample(DAS, 4000, 100, 1, 300_000, 200_000L), sample(NODE_1, 4101, 1000, 2, 900_000, 700_000L),
            sample(NODE_2, 4102, 1000, 3, 900_000, 700_000L), sample(BROKER, 3900, 50, 4, 200_000, 150_000L),
            sample(SIM, 4201, 300, 5, 250_000, 180_000L), sample(DATABASE, 30842, 700, 6, 400_000, 90_000L)));
    private static final ProcessSnapshot AFTER = new ProcessSnapshot(10_000_000_000L, List.of(
            new ProcessSnapshot.Sample(DAS, null), sample(NODE_1, 4101, 1500, 2, 950_000, 720_000L),
            sample(NODE_2, 4102, 200, 99, 600_000, 500_000L), sample(BROKER, 3900, 60, 4, 200_000, 150_000L),
            sample(SIM, 4201, 380, 5, 260_000, 185_000L), sample(BENCH_SIM, 4301, 900, 7, 240_000, null),
            sample(DATABASE, 30842, 1000, 6, 420_000, 95_000L)));

    @Test
    void cpuDuringTheScenarioAndMemoryAtItsEnd() {
        String table = ProcessTable.render(BEFORE, AFTER, 100);
        System.out.println(table);
        assertTrue(table.startsWith("| process (10.0 s of wall-clock time) | CPU s during the scenario "
                + "| CPU % of one core | RSS at end (MiB) | PSS at end (MiB) |\n|---|---:|---:|---:|---:|\n"));
        assertTrue(table.contains("| DAS (admin server) | n/a | n/a | n/a | n/a |\n"), table);
        assertTrue(table.contains("| runtime acm-node-1 (runtime) | 5.00 | 50 % | 928 | 703 |\n"), table);
        assertTrue(table.contains("| runtime acm-node-2 (runtime) | n/a (restarted during the scenario) | n/a | 586 "
                + "| 488 |\n"), table);
        assertTrue(table.contains("| sim b3e7c1a0 :8111 (bench participant replica) | n/a (started during the "
                + "scenario) | n/a | 234 | n/a |\n"), table);
        assertTrue(table.contains("| PostgreSQL (postmaster + backends) | 3.00 | 30 % | 410 | 93 |\n"),
                table);
    }

    @Test
    void theStacksMemoryIsTheLargestDefaultStackSumAtAScenariosEnd() {
        ProcessSnapshot complete = new ProcessSnapshot(0, List.of(
                sample(DAS, 4000, 100, 1, 300_000, 200_000L), sample(NODE_1, 4101, 1000, 2, 900_000, 700_000L),
                sample(BROKER, 3900, 50, 4, 200_000, 150_000L), sample(SIM, 4201, 300, 5, 250_000, 180_000L),
                sample(BENCH_SIM, 4301, 900, 7, 999_999, null), sample(DATABASE, 30842, 700, 6, 400_000, 90_000L)));
        ProcessSnapshot smaller = new ProcessSnapshot(0, List.of(
                sample(DAS, 4000, 100, 1, 100_000, 100_000L), sample(BROKER, 3900, 50, 4, 100_000, 100_000L)));
        Map<String, ProcessSnapshot> ends = new LinkedHashMap<>();
        ends.put("Deploy throughput", complete);
        ends.put("Startup", smaller);
        Figure figure = StackMemory.figure(ends);
        System.out.println("| " + figure.name() + " | " + figure.measured() + " | " + figure.onap() + " | "
                + figure.goal() + " | " + figure.verdict().label() + " |");
        assertEquals("Resident memory of the stack: DAS + 1 nodes + broker + 1 default replicas, RSS (largest at a "
                + "scenario's end: Deploy throughput)", figure.name());
        assertEquals("1,611 MiB RSS (PSS 1,201 MiB; PostgreSQL 391 MiB RSS / 88 MiB PSS)", figure.measured(),
                "the bench replica is not in the sum");
        assertEquals(Figure.Verdict.MET, figure.verdict());
    }

    @Test
    void noReadableProcessIsNotAvailable() {
        Figure figure = StackMemory.figure(Map.of("Startup", new ProcessSnapshot(0, List.of(
                new ProcessSnapshot.Sample(DAS, null)))));
        assertEquals(Figure.Verdict.NOT_JUDGED, figure.verdict());
        assertTrue(figure.measured().startsWith("not available"));
    }

    @Test
    void coldWhenANodeRanLessThanFiveMinutes() {
        Map<String, OptionalLong> up = new LinkedHashMap<>();
        up.put("acm-node-1", OptionalLong.of(3720));
        up.put("acm-node-2", OptionalLong.of(75));
        assertEquals("Runtime nodes up when the benchmark began: acm-node-1 1 h 2 min, acm-node-2 1 min 15 s → "
                + "**cold** (nodes up < 5 min)", NodeWarmth.describe(up));
        up.put("acm-node-2", OptionalLong.of(300));
        assertTrue(NodeWarmth.describe(up).endsWith("**warm** (every node up ≥ 5 min)"));
        up.put("acm-node-2", OptionalLong.empty());
        assertTrue(NodeWarmth.describe(up).contains("acm-node-2 not available"));
        assertTrue(NodeWarmth.describe(Map.of()).endsWith("no node pid known → not classified (node uptime not "
                + "available)"));
    }

    private static ProcessSnapshot.Sample sample(StackProcess process, long pid, long cpu, long start, long rss,
            Long pss) {
        return new ProcessSnapshot.Sample(process, new ProcessUsage(pid, cpu, start, rss, pss));
    }
}
